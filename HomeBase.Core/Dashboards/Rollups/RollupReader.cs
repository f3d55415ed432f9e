using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards.Rollups;

/// <summary>
/// Counts of a range read from the rollups: the whole hours inside the range from the stored counts, summed in
/// the database, and the partial hours at its ends counted from the records by the same computation. The
/// result equals counting the records of the range, as the drill-down does.
/// </summary>
internal sealed class RollupReader(HomeBaseDbContext db, IReadOnlyList<string> ids, TimeRange range)
{
    // The partial hours of each metric, counted once per page load however many dimensions it reads.
    private readonly Dictionary<string, List<RollupRow>> partials = [];

    /// <summary>Totals per value of one dimension over the range (for breakdowns and top lists).</summary>
    public async Task<Dictionary<string, (string? Label, long Count)>> TotalsAsync(RollupMetric metric, string dimension, CancellationToken cancellationToken)
    {
        var (bodyFrom, bodyTo) = Body(range);
        var totals = new Dictionary<string, (string? Label, long Count)>();
        if (bodyFrom < bodyTo)
        {
            var stored = await db.Rollups.AsNoTracking()
                .Where(r => ids.Contains(r.IntegrationId) && r.Metric == metric.Name && r.Dimension == dimension && r.Hour >= bodyFrom && r.Hour < bodyTo)
                .GroupBy(r => r.Value).Select(g => new { Value = g.Key, Label = g.Max(r => r.Label), Count = g.Sum(r => r.Count) })
                .ToListAsync(cancellationToken);
            foreach (var s in stored) totals[s.Value] = (s.Label, s.Count);
        }
        foreach (var row in (await PartialAsync(metric, cancellationToken)).Where(r => r.Dimension == dimension))
        {
            var (label, count) = totals.GetValueOrDefault(row.Value);
            totals[row.Value] = (label ?? row.Label, count + row.Count);
        }
        return totals;
    }

    /// <summary>
    /// The <paramref name="count"/> values with the most over the range, each with its exact total, without reading every value:
    /// the whole hours' leaders are ranked in the database, the values the partial hours add are given their whole-hours' sums,
    /// and the list is ranked again. A value in neither set has no more than the whole hours' last leader, so none is missed.
    /// </summary>
    public async Task<List<(string Value, long Count)>> TopAsync(RollupMetric metric, string dimension, int count, CancellationToken cancellationToken)
    {
        var (bodyFrom, bodyTo) = Body(range);
        var partial = (await PartialAsync(metric, cancellationToken)).Where(r => r.Dimension == dimension)
            .GroupBy(r => r.Value).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
        var totals = new Dictionary<string, long>();
        if (bodyFrom < bodyTo)
        {
            var body = db.Rollups.AsNoTracking()
                .Where(r => ids.Contains(r.IntegrationId) && r.Metric == metric.Name && r.Dimension == dimension && r.Hour >= bodyFrom && r.Hour < bodyTo);
            var leaders = await body.GroupBy(r => r.Value).Select(g => new { Value = g.Key, Count = g.Sum(r => r.Count) })
                .OrderByDescending(g => g.Count).ThenBy(g => g.Value).Take(count).ToListAsync(cancellationToken);
            foreach (var leader in leaders) totals[leader.Value] = leader.Count;
            var others = partial.Keys.Where(v => !totals.ContainsKey(v)).ToList();
            if (others.Count > 0)
            {
                var sums = await body.Where(r => others.Contains(r.Value)).GroupBy(r => r.Value).Select(g => new { Value = g.Key, Count = g.Sum(r => r.Count) })
                    .ToListAsync(cancellationToken);
                foreach (var sum in sums) totals[sum.Value] = sum.Count;
            }
        }
        foreach (var (value, partialCount) in partial) totals[value] = totals.GetValueOrDefault(value) + partialCount;
        return [.. totals.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Take(count).Select(t => (t.Key, t.Value))];
    }

    /// <summary>Counts per hour and value of one dimension over the range (for charts over time).</summary>
    public async Task<List<RollupRow>> ByHourAsync(RollupMetric metric, string dimension, CancellationToken cancellationToken)
    {
        var (bodyFrom, bodyTo) = Body(range);
        var rows = new List<RollupRow>();
        if (bodyFrom < bodyTo)
        {
            var stored = await db.Rollups.AsNoTracking()
                .Where(r => ids.Contains(r.IntegrationId) && r.Metric == metric.Name && r.Dimension == dimension && r.Hour >= bodyFrom && r.Hour < bodyTo)
                .GroupBy(r => new { r.Hour, r.Value }).Select(g => new { g.Key.Hour, g.Key.Value, Count = g.Sum(r => r.Count) })
                .ToListAsync(cancellationToken);
            rows.AddRange(stored.Select(s => new RollupRow(DateTime.SpecifyKind(s.Hour, DateTimeKind.Utc), dimension, s.Value, null, s.Count)));
        }
        rows.AddRange((await PartialAsync(metric, cancellationToken)).Where(r => r.Dimension == dimension));
        return rows;
    }

    /// <summary>The whole hours inside the range.</summary>
    private static (DateTime From, DateTime To) Body(TimeRange range)
    {
        var from = RollupMetric.HourOf(range.From);
        if (from < range.From) from = from.AddHours(1);
        return (from, RollupMetric.HourOf(range.To));
    }

    /// <summary>The partial hours at the ends of the range, counted from the records (a range inside one hour is all partial).</summary>
    private async Task<List<RollupRow>> PartialAsync(RollupMetric metric, CancellationToken cancellationToken)
    {
        if (partials.TryGetValue(metric.Name, out var cached)) return cached;
        var (bodyFrom, bodyTo) = Body(range);
        var rows = new List<RollupRow>();
        if (bodyFrom >= bodyTo) rows.AddRange(await metric.ComputeAsync(db, ids, range.From, range.To, cancellationToken));
        else
        {
            if (range.From < bodyFrom) rows.AddRange(await metric.ComputeAsync(db, ids, range.From, bodyFrom, cancellationToken));
            if (bodyTo < range.To) rows.AddRange(await metric.ComputeAsync(db, ids, bodyTo, range.To, cancellationToken));
        }
        partials[metric.Name] = rows;
        return rows;
    }
}
