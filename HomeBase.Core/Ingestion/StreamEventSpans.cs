using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Ingestion;

/// <summary>
/// The oldest and newest event an integration's stream of events holds, on the time each first sync reads back by
/// (indexed with the integration); nothing for streams of current state, which have no window to cover.
/// </summary>
public static class StreamEventSpans
{
    /// <summary>The streams whose first sync reads a window of days back (the integration's backfill).</summary>
    public static bool HasWindow(string stream) =>
        stream is StreamCatalog.SignIns or StreamCatalog.DirectoryAudits or StreamCatalog.RiskDetections or StreamCatalog.Alerts or StreamCatalog.ActivityLogs;

    public static async Task<(DateTime? Oldest, DateTime? Newest)> SpanAsync(HomeBaseDbContext db, string integrationId, string stream, CancellationToken cancellationToken = default) => stream switch
    {
        StreamCatalog.SignIns => (await db.IngestedSignIns.Where(r => r.IntegrationId == integrationId).MinAsync(r => (DateTime?)r.CreatedAt, cancellationToken),
            await db.IngestedSignIns.Where(r => r.IntegrationId == integrationId).MaxAsync(r => (DateTime?)r.CreatedAt, cancellationToken)),
        StreamCatalog.DirectoryAudits => (await db.IngestedDirectoryAudits.Where(r => r.IntegrationId == integrationId).MinAsync(r => (DateTime?)r.ActivityAt, cancellationToken),
            await db.IngestedDirectoryAudits.Where(r => r.IntegrationId == integrationId).MaxAsync(r => (DateTime?)r.ActivityAt, cancellationToken)),
        StreamCatalog.RiskDetections => (await db.IngestedRiskDetections.Where(r => r.IntegrationId == integrationId).MinAsync(r => r.DetectedAt, cancellationToken),
            await db.IngestedRiskDetections.Where(r => r.IntegrationId == integrationId).MaxAsync(r => r.DetectedAt, cancellationToken)),
        StreamCatalog.Alerts => (await db.IngestedAlerts.Where(r => r.IntegrationId == integrationId).MinAsync(r => (DateTime?)r.CreatedAt, cancellationToken),
            await db.IngestedAlerts.Where(r => r.IntegrationId == integrationId).MaxAsync(r => (DateTime?)r.CreatedAt, cancellationToken)),
        StreamCatalog.ActivityLogs => (await db.IngestedActivityLogs.Where(r => r.IntegrationId == integrationId).MinAsync(r => (DateTime?)r.EventTimestamp, cancellationToken),
            await db.IngestedActivityLogs.Where(r => r.IntegrationId == integrationId).MaxAsync(r => (DateTime?)r.EventTimestamp, cancellationToken)),
        _ => (null, null),
    };
}
