using HomeBase.Core.Ingestion;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HomeBase.Core.Dashboards.Rollups;

/// <summary>
/// Keeps the rollups equal to the records. A page's commit marks the hours its records fall in (in the page's
/// own transaction, so a crash cannot lose the mark); after a run the marked hours are counted again from the
/// records and replaced, each (integration, metric) in one transaction.
/// </summary>
public sealed partial class RollupRefresher(IDbContextFactory<HomeBaseDbContext> contexts, IEnumerable<RollupMetric> metrics, ILogger<RollupRefresher> logger)
{
    private readonly Dictionary<string, RollupMetric> byStream = metrics.ToDictionary(m => m.Name);

    public RollupMetric? MetricOf(string stream) => byStream.GetValueOrDefault(stream);

    /// <summary>Marks the hours of a page's records as out of date, in the page's context (saved with the page).</summary>
    public void MarkDirty(HomeBaseDbContext db, string integrationId, string stream, IngestionPage page)
    {
        if (MetricOf(stream) is not { } metric) return;
        foreach (var hour in metric.HoursOf(page))
        {
            db.RollupDirtyHours.Add(new RollupDirtyHour { IntegrationId = integrationId, Metric = metric.Name, Hour = hour });
        }
    }

    /// <summary>Recounts every marked hour of an integration (or of all), then clears the marks it handled.</summary>
    public async Task RefreshAsync(string? integrationId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var dirty = await db.RollupDirtyHours.AsNoTracking()
            .Where(d => integrationId == null || d.IntegrationId == integrationId)
            .ToListAsync(cancellationToken);
        foreach (var group in dirty.GroupBy(d => (d.IntegrationId, d.Metric)))
        {
            if (!byStream.TryGetValue(group.Key.Metric, out var metric)) continue;
            await RebuildAsync(db, group.Key.IntegrationId, metric, [.. group.Select(d => d.Hour).Distinct().Order()], group.Max(d => d.Id), cancellationToken);
        }
    }

    private async Task RebuildAsync(HomeBaseDbContext db, string integrationId, RollupMetric metric, List<DateTime> hours, long upToId, CancellationToken cancellationToken)
    {
        // Inside the provider's execution strategy: a transient failure replays the whole recount on a fresh context.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var attempt = await contexts.CreateDbContextAsync(ct);
            await RebuildInTransactionAsync(attempt, integrationId, metric, hours, upToId, ct);
        }, cancellationToken);
        LogRebuilt(integrationId, metric.Name, hours.Count);
    }

    private static async Task RebuildInTransactionAsync(HomeBaseDbContext db, string integrationId, RollupMetric metric, List<DateTime> hours, long upToId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // One recount of an (integration, metric) at a time, whichever instance or run asks: the stream's health row
        // is locked to the commit. Two recounts interleaving their delete and insert would collide on the rollup's
        // key on a server database (SQLite serializes writers anyway). A metric is named after its stream.
        await db.StreamHealth.Where(h => h.IntegrationId == integrationId && h.Stream == metric.Name)
            .ExecuteUpdateAsync(u => u.SetProperty(h => h.LeaseOwner, h => h.LeaseOwner), cancellationToken);
        // Consecutive hours are counted with one query per run of them.
        foreach (var (first, last) in Runs(hours))
        {
            var to = last.AddHours(1);
            await db.Rollups.Where(r => r.IntegrationId == integrationId && r.Metric == metric.Name && r.Hour >= first && r.Hour < to).ExecuteDeleteAsync(cancellationToken);
            var rows = await metric.ComputeAsync(db, [integrationId], first, to, cancellationToken);
            db.Rollups.AddRange(rows.Select(r => new Rollup
            {
                IntegrationId = integrationId, Metric = metric.Name, Dimension = r.Dimension, Hour = r.Hour,
                Value = r.Value.Length > Rollup.ValueMaxLength ? r.Value[..Rollup.ValueMaxLength] : r.Value, Label = r.Label, Count = r.Count,
            }));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        await db.RollupDirtyHours.Where(d => d.IntegrationId == integrationId && d.Metric == metric.Name && d.Id <= upToId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Marks every stored hour of a metric before <paramref name="cutoff"/>, after retention removed records from them.</summary>
    public async Task InvalidateBeforeAsync(string metric, DateTime cutoff, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var hours = await db.Rollups.Where(r => r.Metric == metric && r.Hour < cutoff).Select(r => new { r.IntegrationId, r.Hour }).Distinct().ToListAsync(cancellationToken);
        db.RollupDirtyHours.AddRange(hours.Select(h => new RollupDirtyHour { IntegrationId = h.IntegrationId, Metric = metric, Hour = h.Hour }));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Consecutive hours, a day at most each, so that a backfill's recount never holds a month of groups at once.</summary>
    private static IEnumerable<(DateTime First, DateTime Last)> Runs(List<DateTime> hours)
    {
        var start = 0;
        for (var i = 1; i <= hours.Count; i++)
        {
            if (i < hours.Count && hours[i] == hours[i - 1].AddHours(1) && i - start < 24) continue;
            yield return (hours[start], hours[i - 1]);
            start = i;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Rollups of {Metric} rebuilt for {Hours} hour(s) of integration {IntegrationId}")]
    private partial void LogRebuilt(string integrationId, string metric, int hours);
}
