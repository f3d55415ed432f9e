using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards.Rollups;

/// <summary>Risk detections by the hour they were detected, by detection type.</summary>
public sealed class RiskDetectionRollup : RollupMetric
{
    public const string Type = "type";

    public override string Name => StreamCatalog.RiskDetections;

    public override IEnumerable<DateTime> HoursOf(IngestionPage page) =>
        page.Batches.SelectMany(b => b.Records<RiskDetectionRecord>()).Where(d => d.DetectedAt is not null).Select(d => HourOf(d.DetectedAt!.Value)).Distinct();

    public override async Task<List<RollupRow>> ComputeAsync(
        HomeBaseDbContext db, IReadOnlyList<string> integrationIds, DateTime from, DateTime to, CancellationToken cancellationToken)
    {
        var groups = await db.IngestedRiskDetections.AsNoTracking()
            .Where(d => integrationIds.Contains(d.IntegrationId) && d.DetectedAt >= from && d.DetectedAt < to)
            .GroupBy(d => new { d.RiskEventType, d.DetectedAt!.Value.Date, d.DetectedAt!.Value.Hour })
            .Select(g => new { g.Key.RiskEventType, g.Key.Date, g.Key.Hour, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        return [.. groups.Select(g => new RollupRow(HourOf(g.Date, g.Hour), Type, g.RiskEventType ?? "unknown", null, g.Count))];
    }
}
