using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Ingestion;

/// <summary>
/// Removes events older than <see cref="IngestionOptions.RetentionDays"/> by their own time: sign-ins,
/// directory audits, risk detections, Activity Log events, and alerts resolved before the cutoff (open alerts
/// stay whatever their age). State records (users, machines, policies, posture) are kept.
/// </summary>
public sealed class RetentionService(
    IDbContextFactory<HomeBaseDbContext> contexts, Dashboards.Rollups.RollupRefresher rollups, IOptions<IngestionOptions> options, TimeProvider time)
{
    /// <summary>Deletes what is past retention; returns how many rows went.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-options.Value.RetentionDays);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var removed = await db.IngestedSignIns.Where(r => r.CreatedAt < cutoff).ExecuteDeleteAsync(cancellationToken)
            + await db.IngestedDirectoryAudits.Where(r => r.ActivityAt < cutoff).ExecuteDeleteAsync(cancellationToken)
            + await db.IngestedRiskDetections.Where(r => r.DetectedAt < cutoff).ExecuteDeleteAsync(cancellationToken)
            + await db.IngestedActivityLogs.Where(r => r.EventTimestamp < cutoff).ExecuteDeleteAsync(cancellationToken)
            + await db.IngestedAlerts.Where(r => r.ResolvedAt != null && r.ResolvedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        // The index of the people alerts name goes with the alerts (it is not counted as records).
        await db.IngestedAlertUsers.Where(u => u.CreatedAt < cutoff
            && !db.IngestedAlerts.Any(a => a.IntegrationId == u.IntegrationId && a.SourceId == u.AlertId)).ExecuteDeleteAsync(cancellationToken);
        if (removed > 0)
        {
            // The dashboards' counts of the hours that lost records are counted again.
            foreach (var metric in new[] { Streams.StreamCatalog.SignIns, Streams.StreamCatalog.ActivityLogs, Streams.StreamCatalog.Alerts, Streams.StreamCatalog.RiskDetections })
            {
                await rollups.InvalidateBeforeAsync(metric, Dashboards.Rollups.RollupMetric.HourOf(cutoff).AddHours(1), cancellationToken);
            }
            await rollups.RefreshAsync(cancellationToken: cancellationToken);
        }
        return removed;
    }
}
