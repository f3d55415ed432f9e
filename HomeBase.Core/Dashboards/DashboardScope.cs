using HomeBase.Core.Access;

namespace HomeBase.Core.Dashboards;

/// <summary>
/// What a dashboard shows: the integrations of the current tenant (all, or the one picked) and the time
/// window. Built by <see cref="DashboardScopes"/>, which has checked the viewer's access.
/// </summary>
public sealed record DashboardScope(TenantAccess Access, IReadOnlyList<DashboardIntegration> Available, string? IntegrationId, TimeRange Range)
{
    /// <summary>The integrations whose records are shown.</summary>
    public IReadOnlyList<DashboardIntegration> Integrations =>
        IntegrationId is null ? Available : [.. Available.Where(i => i.Id == IntegrationId)];

    public IReadOnlyList<string> Ids => [.. Integrations.Select(i => i.Id)];

    public string NameOf(string integrationId) => Available.FirstOrDefault(i => i.Id == integrationId)?.Name ?? integrationId;
}
