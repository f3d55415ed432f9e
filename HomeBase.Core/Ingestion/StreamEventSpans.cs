using System.Linq.Expressions;
using HomeBase.Core.Ingestion.Records;
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

    public static Task<(DateTime? Oldest, DateTime? Newest)> SpanAsync(HomeBaseDbContext db, string integrationId, string stream, CancellationToken cancellationToken = default) => stream switch
    {
        StreamCatalog.SignIns => SpanOfAsync(db.IngestedSignIns, integrationId, r => r.CreatedAt, cancellationToken),
        StreamCatalog.DirectoryAudits => SpanOfAsync(db.IngestedDirectoryAudits, integrationId, r => r.ActivityAt, cancellationToken),
        StreamCatalog.RiskDetections => SpanOfAsync(db.IngestedRiskDetections, integrationId, r => r.DetectedAt, cancellationToken),
        StreamCatalog.Alerts => SpanOfAsync(db.IngestedAlerts, integrationId, r => r.CreatedAt, cancellationToken),
        StreamCatalog.ActivityLogs => SpanOfAsync(db.IngestedActivityLogs, integrationId, r => r.EventTimestamp, cancellationToken),
        _ => Task.FromResult<(DateTime?, DateTime?)>((null, null)),
    };

    private static async Task<(DateTime? Oldest, DateTime? Newest)> SpanOfAsync<T>(
        IQueryable<T> records, string integrationId, Expression<Func<T, DateTime?>> time, CancellationToken cancellationToken) where T : IngestedRecord
    {
        var mine = records.Where(r => r.IntegrationId == integrationId);
        return (await mine.MinAsync(time, cancellationToken), await mine.MaxAsync(time, cancellationToken));
    }
}
