using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards.Rollups;

/// <summary>
/// Alerts by the hour they were created: by severity and status together (for "open high"), category, lateral movement, product
/// and MITRE technique; Defender for Identity's by category, host and account; and the indicator sightings written beside them.
/// An alert that changes status rebuilds the hour it was created in.
/// </summary>
public sealed class AlertRollup : RollupMetric
{
    public const string SeverityStatus = "severity_status";
    public const string Category = "category";

    /// <summary>Alerts with a lateral-movement or credential-access category, each counted once.</summary>
    public const string Lateral = "lateral";
    public const string Source = "source";
    public const string Technique = "technique";

    /// <summary>Defender for Identity's alerts by category, by the device and by the account their evidence names.</summary>
    public const string IdentityCategory = "identity_category";
    public const string IdentityHost = "identity_host";
    public const string IdentityAccount = "identity_account";

    public const string DefenderForIdentity = "microsoftDefenderForIdentity";

    /// <summary>Indicator sightings (written beside the alerts, at their creation hour) by kind, and those judged malicious by kind.</summary>
    public const string IndicatorKind = "indicator_kind";
    public const string MaliciousIndicatorKind = "indicator_malicious_kind";

    public const string MaliciousVerdict = "malicious";

    public override string Name => StreamCatalog.Alerts;

    public static string Key(string? severity, string? status) => $"{severity ?? "unknown"}|{status ?? "unknown"}";

    public override IEnumerable<DateTime> HoursOf(IngestionPage page) =>
        page.Batches.SelectMany(b => b.Records<AlertRecord>()).Select(a => HourOf(a.CreatedAt)).Distinct();

    public override async Task<List<RollupRow>> ComputeAsync(
        HomeBaseDbContext db, IReadOnlyList<string> integrationIds, DateTime from, DateTime to, CancellationToken cancellationToken)
    {
        var groups = await db.IngestedAlerts.AsNoTracking().Where(a => integrationIds.Contains(a.IntegrationId) && a.CreatedAt >= from && a.CreatedAt < to)
            .GroupBy(a => new { a.CreatedAt.Date, a.CreatedAt.Hour, a.Severity, a.Status, a.Categories, a.ServiceSource, a.MitreTechniques })
            .Select(g => new { g.Key.Date, g.Key.Hour, g.Key.Severity, g.Key.Status, g.Key.Categories, g.Key.ServiceSource, g.Key.MitreTechniques, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        var rows = new List<RollupRow>();
        foreach (var hour in groups.GroupBy(g => HourOf(g.Date, g.Hour)))
        {
            rows.AddRange(hour.GroupBy(g => Key(g.Severity, g.Status)).Select(s => new RollupRow(hour.Key, SeverityStatus, s.Key, null, s.Sum(x => x.Count))));
            // An alert of two categories counts once in each; "lateral" counts it once.
            rows.AddRange(hour.SelectMany(g => (g.Categories ?? "unknown").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(c => (Category: c, g.Count)))
                .GroupBy(c => c.Category).Select(c => new RollupRow(hour.Key, Category, c.Key, null, c.Sum(x => x.Count))));
            var lateral = hour.Where(g => AlertQueries.IsLateral(g.Categories)).Sum(g => g.Count);
            if (lateral > 0) rows.Add(new RollupRow(hour.Key, Lateral, Lateral, null, lateral));
            rows.AddRange(hour.GroupBy(g => g.ServiceSource ?? "unknown").Select(s => new RollupRow(hour.Key, Source, s.Key, null, s.Sum(x => x.Count))));
            rows.AddRange(hour.Where(g => !string.IsNullOrEmpty(g.MitreTechniques))
                .SelectMany(g => g.MitreTechniques!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => (Technique: t, g.Count)))
                .GroupBy(t => t.Technique).Select(t => new RollupRow(hour.Key, Technique, t.Key, null, t.Sum(x => x.Count))));
        }
        await AddIdentityRowsAsync(db, integrationIds, from, to, rows, cancellationToken);
        await AddIndicatorRowsAsync(db, integrationIds, from, to, rows, cancellationToken);
        return rows;
    }

    private static async Task AddIndicatorRowsAsync(
        HomeBaseDbContext db, IReadOnlyList<string> integrationIds, DateTime from, DateTime to, List<RollupRow> rows, CancellationToken cancellationToken)
    {
        var groups = await db.IngestedAlertIndicators.AsNoTracking()
            .Where(s => integrationIds.Contains(s.IntegrationId) && s.CreatedAt >= from && s.CreatedAt < to)
            .GroupBy(s => new { s.CreatedAt.Date, s.CreatedAt.Hour, s.Kind, Malicious = s.Verdict == MaliciousVerdict })
            .Select(g => new { g.Key.Date, g.Key.Hour, g.Key.Kind, g.Key.Malicious, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        foreach (var hour in groups.GroupBy(g => HourOf(g.Date, g.Hour)))
        {
            rows.AddRange(hour.GroupBy(g => g.Kind).Select(k => new RollupRow(hour.Key, IndicatorKind, k.Key, null, k.Sum(x => x.Count))));
            rows.AddRange(hour.Where(g => g.Malicious).GroupBy(g => g.Kind).Select(k => new RollupRow(hour.Key, MaliciousIndicatorKind, k.Key, null, k.Sum(x => x.Count))));
        }
    }

    /// <summary>
    /// Defender for Identity's share, read apart so that the per-alert device and account lists do not split the groups of
    /// every other alert: an alert naming two accounts counts once for each.
    /// </summary>
    private static async Task AddIdentityRowsAsync(
        HomeBaseDbContext db, IReadOnlyList<string> integrationIds, DateTime from, DateTime to, List<RollupRow> rows, CancellationToken cancellationToken)
    {
        var groups = await db.IngestedAlerts.AsNoTracking()
            .Where(a => integrationIds.Contains(a.IntegrationId) && a.CreatedAt >= from && a.CreatedAt < to && a.ServiceSource == DefenderForIdentity)
            .GroupBy(a => new { a.CreatedAt.Date, a.CreatedAt.Hour, a.Categories, a.DeviceNames, a.Accounts })
            .Select(g => new { g.Key.Date, g.Key.Hour, g.Key.Categories, g.Key.DeviceNames, g.Key.Accounts, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        foreach (var hour in groups.GroupBy(g => HourOf(g.Date, g.Hour)))
        {
            rows.AddRange(hour.SelectMany(g => (g.Categories ?? "unknown").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => (Key: c, g.Count)))
                .GroupBy(c => c.Key).Select(c => new RollupRow(hour.Key, IdentityCategory, c.Key, null, c.Sum(x => x.Count))));
            rows.AddRange(hour.SelectMany(g => AlertRecord.Unwrap(g.DeviceNames).Select(d => (Key: d, g.Count)))
                .GroupBy(d => d.Key).Select(d => new RollupRow(hour.Key, IdentityHost, d.Key, null, d.Sum(x => x.Count))));
            rows.AddRange(hour.SelectMany(g => AlertRecord.Unwrap(g.Accounts).Select(a => (Key: a, g.Count)))
                .GroupBy(a => a.Key).Select(a => new RollupRow(hour.Key, IdentityAccount, a.Key, null, a.Sum(x => x.Count))));
        }
    }
}
