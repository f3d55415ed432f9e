namespace HomeBase.Sandbox.Scenarios;

public sealed record ScenarioSubscription(Guid Id, string Name, IReadOnlyList<string> Roles);
