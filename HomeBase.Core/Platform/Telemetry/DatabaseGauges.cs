using System.Diagnostics.Metrics;
using HomeBase.Core.Integrations;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Core.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HomeBase.Core.Platform.Telemetry;

/// <summary>
/// The gauges read from the database, so that every instance reports the same whole picture whichever ran what:
/// ingestion lag per stream and cloud (now minus the newest event of the integration furthest behind) and the
/// webhook outbox's depth. Read when the metrics are collected, at most every <see cref="Freshness"/>.
/// </summary>
public sealed partial class DatabaseGauges
{
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(10);

    private readonly IDbContextFactory<HomeBaseDbContext> contexts;
    private readonly TimeProvider time;
    private readonly ILogger<DatabaseGauges> logger;
    private readonly Lock gate = new();
    private long? readAt;
    private IReadOnlyList<Measurement<double>> lag = [];
    private long outbox;

    public DatabaseGauges(HomeBaseMetrics metrics, IDbContextFactory<HomeBaseDbContext> contexts, TimeProvider time, ILogger<DatabaseGauges> logger)
    {
        (this.contexts, this.time, this.logger) = (contexts, time, logger);
        metrics.Meter.CreateObservableGauge("homebase.ingestion.lag", () => { Refresh(); return lag; }, "s",
            "Now minus the newest event stored, for the integration furthest behind, per stream and cloud.");
        metrics.Meter.CreateObservableGauge("homebase.webhooks.outbox", () => { Refresh(); return outbox; }, "{delivery}",
            "Webhook deliveries waiting to be sent.");
    }

    private void Refresh()
    {
        lock (gate)
        {
            // Freshness is measured on the process's own clock; lag on the app's (which tests may set).
            if (readAt is { } last && System.Diagnostics.Stopwatch.GetElapsedTime(last) < Freshness) return;
            readAt = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                Read(time.GetUtcNow().UtcDateTime);
            }
            catch (Exception e)
            {
                // The database may be starting or gone for a moment: the last figures stand until the next read.
                LogReadFailed(logger, e);
            }
        }
    }

    private void Read(DateTime now)
    {
        // Observable instruments are read synchronously by the exporter; these are two small indexed queries.
        using var db = contexts.CreateDbContext();
        var live = db.Integrations.AsNoTracking().Live();
        lag = [.. db.StreamHealth.AsNoTracking()
            // A stream switched off has no lag to catch up on; one blocked has, and its own alert besides.
            .Where(h => h.LastEventAt != null && h.State != Ingestion.StreamStates.Disabled)
            .Join(live, h => h.IntegrationId, i => i.Id, (h, i) => new { h.Stream, i.Cloud, h.LastEventAt })
            .GroupBy(r => new { r.Stream, r.Cloud })
            .Select(g => new { g.Key.Stream, g.Key.Cloud, Oldest = g.Min(r => r.LastEventAt)!.Value })
            .AsEnumerable()
            .Select(r => new Measurement<double>(Math.Max(0, (now - r.Oldest).TotalSeconds),
                new KeyValuePair<string, object?>("stream", r.Stream), new KeyValuePair<string, object?>("cloud", r.Cloud)))];
        outbox = db.WebhookDeliveries.AsNoTracking().LongCount(d => d.Status == DeliveryStatuses.Pending);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the ingestion lag and the outbox for metrics failed; the last figures stand")]
    private static partial void LogReadFailed(ILogger logger, Exception exception);
}
