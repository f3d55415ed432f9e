namespace HomeBase.Sandbox.Scenarios;

public sealed record ScenarioTenant(
    string Name,
    string Description,
    Guid AzureTenantId,
    string Domain,
    string DisplayName,
    Guid ClientId,
    IReadOnlyList<ScenarioSecret> Secrets,
    string Permissions,
    bool Consented,
    IReadOnlyList<string> Licences,
    IReadOnlyList<ScenarioSubscription> Subscriptions,
    ScenarioSignInApp? SignIn = null);
