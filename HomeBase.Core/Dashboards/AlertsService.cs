using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Persistence;
using HomeBase.Core.Streams;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

public sealed record AlertsDashboard(
    Coverage Coverage, IReadOnlyList<Count> Headlines,
    IReadOnlyList<Count> BySeverity, IReadOnlyList<Count> ByStatus, IReadOnlyList<Count> ByCategory, IReadOnlyList<Count> BySource,
    TimeSeries OverTime, IReadOnlyList<Count> Techniques, IReadOnlyList<AlertSummary> LateralMovement);

public sealed record AlertSummary(string Title, string? Severity, string? Status, string? Category, DateTime CreatedAt, string Href);

/// <summary>One alert with its evidence: who, which devices, which files.</summary>
public sealed record AlertDetail(AlertRecord Alert, string IntegrationName, IReadOnlyList<AlertEvidence> Evidence, IReadOnlyList<string> Techniques);

/// <summary>
/// The alerts dashboard: Defender for Endpoint and Defender for Identity alerts created in the range, by
/// severity, status, category, source and time; MITRE techniques; lateral movement and credential access called out.
/// </summary>
public sealed class AlertsService(IDbContextFactory<HomeBaseDbContext> contexts, DataCoverage coverage)
{
    private static readonly string[] Severities = ["high", "medium", "low", "informational"];

    public async Task<AlertsDashboard> GetAsync(DashboardScope scope, CancellationToken cancellationToken = default)
    {
        var ids = scope.Ids;
        var (from, to) = (scope.Range.From, scope.Range.To);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var buckets = new TimeBuckets(scope.Range);
        var alerts = db.IngestedAlerts.AsNoTracking().Where(a => ids.Contains(a.IntegrationId) && a.CreatedAt >= from && a.CreatedAt < to);

        var groups = await alerts.GroupBy(a => new { a.Severity, a.Status, a.Category, a.ServiceSource })
            .Select(g => new { g.Key.Severity, g.Key.Status, g.Key.Category, g.Key.ServiceSource, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        var overTime = await alerts.GroupBy(a => new { a.Severity, a.CreatedAt.Date, a.CreatedAt.Hour })
            .Select(g => new { g.Key.Severity, g.Key.Date, g.Key.Hour, Count = g.LongCount() }).ToListAsync(cancellationToken);
        // Techniques are stored comma-joined; an alert names one to three, so the distinct lists are few.
        var techniqueLists = await alerts.Where(a => a.MitreTechniques != null && a.MitreTechniques != "")
            .GroupBy(a => a.MitreTechniques).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken);
        var lateral = await alerts.Where(a => RecordCatalog.LateralMovementCategories.Contains(a.Category))
            .OrderByDescending(a => a.CreatedAt).Take(8)
            .Select(a => new { a.IntegrationId, a.SourceId, a.Title, a.Severity, a.Status, a.Category, a.CreatedAt }).ToListAsync(cancellationToken);

        string Link(params (string, string?)[] filters) => DashboardLinks.Records(RecordCatalog.Alerts, scope, filters);
        var open = groups.Where(g => RecordCatalog.OpenAlertStatuses.Contains(g.Status)).ToList();
        return new AlertsDashboard(
            await coverage.GetAsync(scope, [StreamCatalog.Alerts], cancellationToken),
            [
                new("Alerts", groups.Sum(g => g.Count), Link()),
                new("Open high-severity", open.Where(g => g.Severity == "high").Sum(g => g.Count), Link(("severity", "high"), ("status", "open"))),
                new("Lateral movement and credential access", groups.Where(g => RecordCatalog.LateralMovementCategories.Contains(g.Category)).Sum(g => g.Count),
                    Link(("focus", "lateral"))),
                new("Defender for Identity", groups.Where(g => g.ServiceSource == "microsoftDefenderForIdentity").Sum(g => g.Count),
                    Link(("source", "microsoftDefenderForIdentity"))),
            ],
            [.. Severities.Select(s => new Count(s, groups.Where(g => g.Severity == s).Sum(g => g.Count), Link(("severity", s))))],
            [.. groups.GroupBy(g => g.Status ?? "unknown").OrderByDescending(g => g.Sum(x => x.Count)).Select(g => new Count(g.Key, g.Sum(x => x.Count), Link(("status", g.Key))))],
            [.. groups.GroupBy(g => g.Category ?? "unknown").OrderByDescending(g => g.Sum(x => x.Count)).Select(g => new Count(g.Key, g.Sum(x => x.Count), Link(("category", g.Key))))],
            [.. groups.GroupBy(g => g.ServiceSource ?? "unknown").OrderByDescending(g => g.Sum(x => x.Count))
                .Select(g => new Count(ProductName(g.Key), g.Sum(x => x.Count), Link(("source", g.Key))))],
            new TimeSeries(buckets.Labels, [.. Severities.Select(s => new Series(s,
                buckets.Fill(overTime.Where(o => o.Severity == s).Select(o => (buckets.Bucket(o.Date, o.Hour), o.Count))), Link(("severity", s))))]),
            [.. techniqueLists.SelectMany(t => t.Key!.Split(',').Select(technique => (Technique: technique.Trim(), t.Count)))
                .GroupBy(t => t.Technique).Select(g => new Count(g.Key, g.Sum(x => x.Count), Link(("technique", g.Key))))
                .OrderByDescending(c => c.Value).ThenBy(c => c.Label).Take(12)],
            [.. lateral.Select(a => new AlertSummary(a.Title ?? a.SourceId, a.Severity, a.Status, a.Category, a.CreatedAt, DashboardLinks.Alert(a.IntegrationId, a.SourceId)))]);
    }

    /// <summary>Microsoft's product names for the <c>serviceSource</c> values, for people.</summary>
    public static string ProductName(string serviceSource) => serviceSource switch
    {
        "microsoftDefenderForEndpoint" => "Defender for Endpoint",
        "microsoftDefenderForIdentity" => "Defender for Identity",
        "microsoftDefenderForOffice365" => "Defender for Office 365",
        "microsoftDefenderForCloudApps" => "Defender for Cloud Apps",
        "microsoftDefenderForCloud" => "Defender for Cloud",
        "azureAdIdentityProtection" => "Entra ID Protection",
        "microsoftSentinel" => "Microsoft Sentinel",
        "microsoftDataLossPrevention" => "Data Loss Prevention",
        _ => serviceSource,
    };

    public async Task<AlertDetail?> GetAlertAsync(DashboardScope scope, string integrationId, string alertId, CancellationToken cancellationToken = default)
    {
        if (scope.Available.All(i => i.Id != integrationId)) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var alert = await db.IngestedAlerts.AsNoTracking().SingleOrDefaultAsync(a => a.IntegrationId == integrationId && a.SourceId == alertId, cancellationToken);
        return alert is null ? null : new AlertDetail(alert, scope.NameOf(integrationId), AlertEvidence.Parse(alert.Evidence),
            alert.MitreTechniques?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? []);
    }
}
