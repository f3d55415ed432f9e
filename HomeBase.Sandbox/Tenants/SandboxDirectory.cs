using HomeBase.Sandbox.Scenarios;
using HomeBase.Sandbox.Tokens;

namespace HomeBase.Sandbox.Tenants;

/// <summary>All sandbox tenants, found by name, tenant id or domain, as the token endpoint accepts them.</summary>
public sealed class SandboxDirectory
{
    private readonly Dictionary<string, SandboxTenant> byName;
    private readonly Dictionary<Guid, SandboxTenant> byId;
    private readonly Dictionary<string, SandboxTenant> byDomain;

    public SandboxDirectory(Scenario scenario, SandboxResources resources, DateTimeOffset start, int seed, int signIns)
    {
        Tenants = [.. scenario.Tenants.Select(t => new SandboxTenant(t, resources, start, seed, signIns))];
        byName = Tenants.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
        // Looked up on every request: the fleet benchmark serves a thousand tenants.
        byId = Tenants.GroupBy(t => t.TenantId).ToDictionary(g => g.Key, g => g.First());
        byDomain = Tenants.GroupBy(t => t.Domain, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<SandboxTenant> Tenants { get; }

    public SandboxTenant? ByName(string name) => byName.GetValueOrDefault(name);

    /// <summary>The tenant a path segment names: its GUID or its domain.</summary>
    public SandboxTenant? Resolve(string tenant) =>
        Guid.TryParse(tenant, out var id) ? byId.GetValueOrDefault(id) : byDomain.GetValueOrDefault(tenant);

    public SandboxTenant? ById(Guid tenantId) => byId.GetValueOrDefault(tenantId);
}
