namespace HomeBase.Sandbox.Scenarios;

public sealed record ScenarioPerson(string DisplayName, string UserPrincipalName, Guid ObjectId, IReadOnlyList<string> AppRoles);
