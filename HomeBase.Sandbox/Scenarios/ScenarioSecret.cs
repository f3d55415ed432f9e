namespace HomeBase.Sandbox.Scenarios;

public sealed record ScenarioSecret(Guid KeyId, string Value, int ExpiresInDays);
