using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

/// <summary>
/// A cheap fingerprint of what the integrations' streams last did (their latest run and states): when it
/// changes, a sync has finished and a dashboard reloads. Read from the database, so it works with several app instances.
/// </summary>
public sealed class DataVersions(IDbContextFactory<HomeBaseDbContext> contexts)
{
    public async Task<string> GetAsync(IReadOnlyList<string> integrationIds, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.StreamHealth.AsNoTracking().Where(h => integrationIds.Contains(h.IntegrationId))
            .Select(h => new { h.IntegrationId, h.Stream, h.State, h.LastSuccessAt, h.RecordsAdded, h.RecordsUpdated })
            .ToListAsync(cancellationToken);
        return string.Join('|', rows.OrderBy(r => r.IntegrationId).ThenBy(r => r.Stream)
            .Select(r => $"{r.Stream}:{r.State}:{r.LastSuccessAt?.Ticks}:{r.RecordsAdded}:{r.RecordsUpdated}"));
    }
}
