using HomeBase.Sandbox.Scenarios;
using HomeBase.Sandbox.Tokens;

namespace HomeBase.Sandbox.Tenants;

/// <summary>All sandbox tenants, found by name, tenant id or domain, as the token endpoint accepts them.</summary>
public sealed class SandboxDirectory
{
    private readonly Dictionary<string, SandboxTenant> byName;

    public SandboxDirectory(Scenario scenario, SandboxResources resources, DateTimeOffset start, int seed, int signIns)
    {
        Tenants = [.. scenario.Tenants.Select(t => new SandboxTenant(t, resources, start, seed, signIns))];
        byName = Tenants.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<SandboxTenant> Tenants { get; }

    public SandboxTenant? ByName(string name) => byName.GetValueOrDefault(name);

    /// <summary>The tenant a path segment names: its GUID or its domain.</summary>
    public SandboxTenant? Resolve(string tenant) =>
        Guid.TryParse(tenant, out var id)
            ? Tenants.FirstOrDefault(t => t.TenantId == id)
            : Tenants.FirstOrDefault(t => string.Equals(t.Domain, tenant, StringComparison.OrdinalIgnoreCase));

    public SandboxTenant? ById(Guid tenantId) => Tenants.FirstOrDefault(t => t.TenantId == tenantId);
}
