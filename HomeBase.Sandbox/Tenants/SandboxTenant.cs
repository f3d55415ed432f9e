using HomeBase.Sandbox.Data;
using HomeBase.Sandbox.Scenarios;
using HomeBase.Sandbox.Tokens;

namespace HomeBase.Sandbox.Tenants;

/// <summary>
/// One sandbox tenant: its app registration (secrets, configured and consented permissions), licences and
/// subscriptions, changeable at run time through the control API, and its generated data.
/// </summary>
public sealed class SandboxTenant
{
    private readonly Lock gate = new();
    private readonly List<SandboxSecret> secrets = [];
    private readonly HashSet<string> configured = [];
    private readonly HashSet<string> consented = [];
    private HashSet<string> licences;
    private List<SandboxSubscription> subscriptions;

    public SandboxTenant(ScenarioTenant scenario, SandboxResources resources, DateTimeOffset start, int seed, int signIns)
    {
        Name = scenario.Name;
        Description = scenario.Description;
        TenantId = scenario.AzureTenantId;
        Domain = scenario.Domain;
        DisplayName = scenario.DisplayName;
        ClientId = scenario.ClientId;
        SignInApp = scenario.SignIn;
        ApplicationObjectId = Det.Guid(seed, Name + ":application", 0);
        ServicePrincipalId = Det.Guid(seed, Name + ":servicePrincipal", 0);
        foreach (var secret in scenario.Secrets)
        {
            var end = start.AddDays(secret.ExpiresInDays);
            secrets.Add(new SandboxSecret(secret.KeyId, secret.Value, end.AddMonths(-24), end, "HomeBase"));
        }
        if (scenario.Permissions == "all")
        {
            foreach (var resource in resources.All)
            {
                foreach (var permission in resource.Permissions) configured.Add(Key(resource.Kind, permission));
            }
        }
        else if (scenario.Permissions == "seed")
        {
            // The customer's document: five Graph application permissions and nothing else.
            foreach (var permission in SeedPermissions) configured.Add(Key(ResourceKind.Graph, permission));
        }
        if (scenario.Consented) consented.UnionWith(configured);
        licences = [.. scenario.Licences];
        subscriptions = [.. scenario.Subscriptions.Select(s => new SandboxSubscription(s.Id, s.Name, s.Roles, s.State))];
        Data = new TenantData(this, seed, start, scenario.SignIns ?? signIns, scenario.AlertsPerDay);
    }

    /// <summary>The five Graph application permissions the customer's setup document lists.</summary>
    public static readonly string[] SeedPermissions = ["User.Read.All", "AuditLog.Read.All", "IdentityRiskEvent.Read.All", "SecurityEvents.Read.All", "Directory.Read.All"];

    public string Name { get; }

    public string Description { get; }

    public Guid TenantId { get; }

    public string Domain { get; }

    public string DisplayName { get; }

    public Guid ClientId { get; }

    /// <summary>The app people sign in to HomeBase with, when this tenant plays the operator's directory.</summary>
    public ScenarioSignInApp? SignInApp { get; }

    public Guid ApplicationObjectId { get; }

    public Guid ServicePrincipalId { get; }

    public static string AppDisplayName => "HLD HomeBase";

    public TenantData Data { get; }

    public IReadOnlyList<SandboxSecret> Secrets { get { lock (gate) return [.. secrets]; } }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, int> tokensIssued = new();

    /// <summary>Tokens issued with each secret (by key id): lets tests see which secret an app really uses.</summary>
    public IReadOnlyDictionary<Guid, int> TokensIssued => tokensIssued;

    public void CountToken(SandboxSecret secret) => tokensIssued.AddOrUpdate(secret.KeyId, 1, (_, n) => n + 1);

    public IReadOnlySet<string> Licences { get { lock (gate) return new HashSet<string>(licences); } }

    public IReadOnlyList<SandboxSubscription> Subscriptions { get { lock (gate) return [.. subscriptions]; } }

    public bool HasEntraP1 => HasLicence(Skus.EntraP1) || HasLicence(Skus.EntraP2);

    public bool HasEntraP2 => HasLicence(Skus.EntraP2);

    public bool HasDefenderForEndpoint => HasLicence(Skus.DefenderP1) || HasLicence(Skus.DefenderP2);

    public bool HasVulnerabilityManagement => HasLicence(Skus.DefenderP2);

    public bool HasDefenderForIdentity => HasLicence(Skus.DefenderForIdentity);

    public bool HasDefenderThreatIntelligence => HasLicence(Skus.DefenderThreatIntelligence);

    public bool HasLicence(string sku) { lock (gate) return licences.Contains(sku); }

    /// <summary>The application permissions configured on the app for <paramref name="kind"/>.</summary>
    public IReadOnlyList<string> ConfiguredPermissions(ResourceKind kind) => Select(configured, kind);

    /// <summary>The roles a token for <paramref name="kind"/> carries: configured and admin-consented.</summary>
    public IReadOnlyList<string> GrantedRoles(ResourceKind kind)
    {
        lock (gate) return [.. configured.Intersect(consented).Where(k => k.StartsWith(kind + ":", StringComparison.Ordinal)).Select(k => k[(kind.ToString().Length + 1)..]).Order()];
    }

    public void GrantConsent() { lock (gate) consented.UnionWith(configured); }

    public void RevokeConsent() { lock (gate) consented.Clear(); }

    /// <summary>Adds a permission to the app registration and, when <paramref name="consent"/>, consents it.</summary>
    public void AddPermission(ResourceKind kind, string permission, bool consent)
    {
        lock (gate)
        {
            configured.Add(Key(kind, permission));
            if (consent) consented.Add(Key(kind, permission));
        }
    }

    public void RemovePermission(ResourceKind kind, string permission)
    {
        lock (gate)
        {
            configured.Remove(Key(kind, permission));
            consented.Remove(Key(kind, permission));
        }
    }

    public void SetLicences(IEnumerable<string> skus) { lock (gate) licences = [.. skus]; }

    public void SetSubscriptionRoles(Guid subscriptionId, IReadOnlyList<string> roles)
    {
        lock (gate)
        {
            var index = subscriptions.FindIndex(s => s.Id == subscriptionId);
            if (index < 0) throw new KeyNotFoundException($"No subscription {subscriptionId} in {Name}.");
            subscriptions[index] = subscriptions[index] with { Roles = roles };
        }
    }

    public SandboxSecret AddSecret(string value, DateTimeOffset start, DateTimeOffset end, Guid keyId)
    {
        var secret = new SandboxSecret(keyId, value, start, end, "HomeBase");
        lock (gate) secrets.Add(secret);
        return secret;
    }

    public bool ExpireSecret(Guid keyId, DateTimeOffset now)
    {
        lock (gate)
        {
            var index = secrets.FindIndex(s => s.KeyId == keyId);
            if (index < 0) return false;
            secrets[index] = secrets[index] with { EndDateTime = now.AddSeconds(-1) };
            return true;
        }
    }

    public bool RemoveSecret(Guid keyId) { lock (gate) return secrets.RemoveAll(s => s.KeyId == keyId) > 0; }

    private static string Key(ResourceKind kind, string permission) => $"{kind}:{permission}";

    private IReadOnlyList<string> Select(HashSet<string> set, ResourceKind kind)
    {
        lock (gate) return [.. set.Where(k => k.StartsWith(kind + ":", StringComparison.Ordinal)).Select(k => k[(kind.ToString().Length + 1)..]).Order()];
    }
}
