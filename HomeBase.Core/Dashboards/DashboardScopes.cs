using HomeBase.Core.Access;
using HomeBase.Core.Integrations;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

/// <summary>Turns a dashboard's filters (integration, time range) into a checked <see cref="DashboardScope"/>.</summary>
public sealed class DashboardScopes(IDbContextFactory<HomeBaseDbContext> contexts, TimeProvider time, AccessGuard guard)
{
    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<Result<DashboardScope>> ResolveAsync(
        TenantAccess access, string? integrationId, string? range, DateOnly? from, DateOnly? to, CancellationToken cancellationToken = default)
    {
        if (await guard.RequireAsync(access, Roles.Viewer, cancellationToken) is { } refused) return refused;
        var window = TimeRange.Parse(range, from, to, Now);
        if (window.Failure is { } invalid) return invalid;

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var available = await db.Integrations.AsNoTracking()
            .LiveOf(access.TenantId)
            .OrderBy(i => i.Name)
            .Select(i => new DashboardIntegration(i.Id, i.Name, i.Config))
            .ToListAsync(cancellationToken);
        // An integration of another tenant is as unknown as one that never existed.
        if (!string.IsNullOrEmpty(integrationId) && available.All(i => i.Id != integrationId)) return Failure.NotFound("integration");
        return new DashboardScope(access, available, string.IsNullOrEmpty(integrationId) ? null : integrationId, window.Value!);
    }
}
