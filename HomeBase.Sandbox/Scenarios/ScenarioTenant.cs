namespace HomeBase.Sandbox.Scenarios;

/// <summary>
/// A tenant of the scenario file. <see cref="SignIns"/> and <see cref="AlertsPerDay"/> size this tenant apart from
/// the sandbox's <c>Sandbox:SignIns</c> (the fleet benchmark's many small tenants beside one large one).
/// </summary>
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
    ScenarioSignInApp? SignIn = null,
    int? SignIns = null,
    int? AlertsPerDay = null);
