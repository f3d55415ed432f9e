using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Ingestion.Values;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

/// <summary>
/// The alerts dashboard: Defender for Endpoint and Defender for Identity alerts created in the range, by
/// severity, status, category, source and time; MITRE techniques; lateral movement and credential access called out.
/// </summary>
public sealed class AlertsService(IDbContextFactory<HomeBaseDbContext> contexts, DataCoverage coverage, Rollups.AlertRollup alertCounts)
{
    private static readonly string[] Severities = AlertSeverities.WorstFirst;

    public async Task<AlertsDashboard> GetAsync(DashboardScope scope, CancellationToken cancellationToken = default)
    {
        var ids = scope.Ids;
        var (from, to) = (scope.Range.From, scope.Range.To);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var buckets = new TimeBuckets(scope.Range);
        var alerts = db.IngestedAlerts.AsNoTracking().Where(a => ids.Contains(a.IntegrationId) && a.CreatedAt >= from && a.CreatedAt < to);

        // Counted from the hourly rollups by the hour each alert was created.
        var counts = new Rollups.RollupReader(db, ids, scope.Range);
        var severityStatus = (await counts.TotalsAsync(alertCounts, Rollups.AlertRollup.SeverityStatus, cancellationToken))
            .Select(s => (Severity: s.Key.Split('|')[0], Status: s.Key.Split('|')[1], s.Value.Count)).ToList();
        var categories = await counts.TotalsAsync(alertCounts, Rollups.AlertRollup.Category, cancellationToken);
        var sources = await counts.TotalsAsync(alertCounts, Rollups.AlertRollup.Source, cancellationToken);
        var techniques = await counts.TotalsAsync(alertCounts, Rollups.AlertRollup.Technique, cancellationToken);
        var overTime = (await counts.ByHourAsync(alertCounts, Rollups.AlertRollup.SeverityStatus, cancellationToken))
            .Select(r => (Severity: r.Value.Split('|')[0], r.Hour, r.Count)).ToList();
        var lateralCount = (await counts.TotalsAsync(alertCounts, Rollups.AlertRollup.Lateral, cancellationToken)).Sum(l => l.Value.Count);
        var lateral = await alerts.Lateral()
            .OrderByDescending(a => a.CreatedAt).Take(8)
            .Select(a => new { a.IntegrationId, a.SourceId, a.Title, a.Severity, a.Status, a.Categories, a.CreatedAt }).ToListAsync(cancellationToken);

        string Link(params (string, string?)[] filters) => DashboardLinks.Records(RecordCatalog.Alerts, scope, filters);
        return new AlertsDashboard(
            await coverage.GetAsync(scope, [StreamCatalog.Alerts], cancellationToken),
            [
                new("Alerts", severityStatus.Sum(g => g.Count), Link()),
                new("Open high-severity", severityStatus.Where(g => g.Severity == AlertSeverities.High && AlertStatuses.Open.Contains(g.Status)).Sum(g => g.Count),
                    Link(("severity", "high"), ("status", "open"))),
                new("Lateral movement and credential access", lateralCount,
                    Link(("focus", "lateral"))),
                new("Defender for Identity", sources.GetValueOrDefault("microsoftDefenderForIdentity").Count, Link(("source", "microsoftDefenderForIdentity"))),
                // The attacks these alerts belong to, as Defender grouped them: current state, as on the Incidents page.
                new("Open incidents", await db.IngestedIncidents.AsNoTracking().LongCountAsync(i => ids.Contains(i.IntegrationId) && IncidentStatuses.Open.Contains(i.Status!), cancellationToken),
                    DashboardLinks.Records(RecordCatalog.Incidents, scope, ("status", RecordCatalog.OpenIncidents))),
            ],
            [.. Severities.Select(s => new Count(DisplayNames.Of(s), severityStatus.Where(g => g.Severity == s).Sum(g => g.Count), Link(("severity", s))))],
            [.. severityStatus.GroupBy(g => g.Status).OrderByDescending(g => g.Sum(x => x.Count)).Select(g => new Count(DisplayNames.Of(g.Key), g.Sum(x => x.Count), Link(("status", g.Key))))],
            [.. categories.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new Count(DisplayNames.Of(c.Key), c.Value.Count, Link(("category", c.Key))))],
            [.. sources.OrderByDescending(s => s.Value.Count).ThenBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => new Count(ProductName(s.Key), s.Value.Count, Link(("source", s.Key))))],
            new TimeSeries(buckets.Labels, [.. Severities.Select(s => new Series(DisplayNames.Of(s),
                buckets.Fill(overTime.Where(o => o.Severity == s).Select(o => (buckets.Bucket(o.Hour, o.Hour.Hour), o.Count))), Link(("severity", s))))]),
            [.. techniques.Select(t => new Count(t.Key, t.Value.Count, Link(("technique", t.Key))))
                .OrderByDescending(c => c.Value).ThenBy(c => c.Label, StringComparer.Ordinal).Take(12)],
            [.. lateral.Select(a => new AlertSummary(a.Title ?? a.SourceId, a.Severity, a.Status, AlertRecord.ShowCategories(a.Categories), a.CreatedAt, DashboardLinks.Alert(a.IntegrationId, a.SourceId)))]);
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
        "dataLossPrevention" => "Data Loss Prevention",
        "microsoft365Defender" => "Microsoft Defender XDR",
        "microsoftAppGovernance" => "App Governance",
        "microsoftInsiderRiskManagement" => "Insider Risk Management",
        "microsoftThreatIntelligence" => "Microsoft Threat Intelligence",
        "microsoftSecurityForAI" => "Microsoft Security for AI",
        "unknown" => "Unknown product",
        "unknownFutureValue" => "A product newer than HomeBase",
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
