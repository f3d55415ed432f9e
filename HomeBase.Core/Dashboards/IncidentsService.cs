using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Ingestion.Values;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

/// <summary>
/// Defender XDR incidents (Graph <c>security/incidents</c>): current state, like the portal's queue. An incident's alerts
/// are the stored alerts whose <c>incidentId</c> is its id, and its people and devices are those the alerts' evidence names.
/// </summary>
public sealed class IncidentsService(IDbContextFactory<HomeBaseDbContext> contexts, DataCoverage coverage)
{
    private static readonly string[] Severities = AlertSeverities.WorstFirst;

    public async Task<IncidentsDashboard> GetAsync(DashboardScope scope, CancellationToken cancellationToken = default)
    {
        var ids = scope.Ids;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var incidents = db.IngestedIncidents.AsNoTracking().Where(i => ids.Contains(i.IntegrationId));
        var groups = await incidents.GroupBy(i => new { i.Status, i.Severity, Unassigned = i.AssignedTo == null || i.AssignedTo == "" })
            .Select(g => new { g.Key.Status, g.Key.Severity, g.Key.Unassigned, Count = g.LongCount() }).ToListAsync(cancellationToken);
        var verdicts = await incidents.Where(i => i.Status == IncidentStatuses.Resolved).GroupBy(i => new { i.Classification, i.Determination })
            .Select(g => new { g.Key.Classification, g.Key.Determination, Count = g.LongCount() }).ToListAsync(cancellationToken);
        var latest = await incidents.Where(i => IncidentStatuses.Open.Contains(i.Status!)).OrderByDescending(i => i.LastUpdateAt).ThenBy(i => i.SourceId)
            .Take(25).ToListAsync(cancellationToken);

        // The latest incidents' alerts, with the people and devices they name: a few dozen alerts, read at once.
        var latestIds = latest.Select(i => i.SourceId).ToList();
        var alerts = await db.IngestedAlerts.AsNoTracking().Where(a => ids.Contains(a.IntegrationId) && latestIds.Contains(a.IncidentId!))
            .Select(a => new { a.IntegrationId, a.IncidentId, a.UserIds, a.DeviceIds }).ToListAsync(cancellationToken);
        IncidentSummary Summary(IncidentRecord i)
        {
            var own = alerts.Where(a => a.IntegrationId == i.IntegrationId && a.IncidentId == i.SourceId).ToList();
            // People by their Entra object id: an on-premises account named only by its SAM name is nobody to link to.
            return new IncidentSummary(i.SourceId, i.DisplayName ?? i.SourceId, i.Severity, i.Status, i.AssignedTo, i.LastUpdateAt, own.Count,
                own.SelectMany(a => AlertRecord.Unwrap(a.UserIds)).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
                own.SelectMany(a => AlertRecord.Unwrap(a.DeviceIds)).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
                DashboardLinks.Incident(i.IntegrationId, i.SourceId), scope.NameOf(i.IntegrationId));
        }

        string Records(params (string, string?)[] filters) => DashboardLinks.Records(RecordCatalog.Incidents, scope, filters);
        var open = groups.Where(g => IncidentStatuses.Open.Contains(g.Status)).ToList();
        return new IncidentsDashboard(
            await coverage.GetAsync(scope, [StreamCatalog.Incidents], cancellationToken),
            [
                new("Open incidents", open.Sum(g => g.Count), Records(("status", RecordCatalog.OpenIncidents))),
                new("Open high severity", open.Where(g => g.Severity == AlertSeverities.High).Sum(g => g.Count),
                    Records(("status", RecordCatalog.OpenIncidents), ("severity", AlertSeverities.High))),
                new("Open and unassigned", open.Where(g => g.Unassigned).Sum(g => g.Count),
                    Records(("status", RecordCatalog.OpenIncidents), ("assigned", RecordCatalog.Unassigned))),
                new("Resolved", groups.Where(g => g.Status == IncidentStatuses.Resolved).Sum(g => g.Count), Records(("status", IncidentStatuses.Resolved))),
            ],
            [.. Severities.Select(s => new Count(DisplayNames.Of(s), open.Where(g => g.Severity == s).Sum(g => g.Count),
                Records(("status", RecordCatalog.OpenIncidents), ("severity", s))))],
            [.. groups.GroupBy(g => g.Status ?? "unknown").OrderByDescending(g => g.Sum(x => x.Count)).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new Count(DisplayNames.Of(g.Key), g.Sum(x => x.Count), Records(("status", g.Key == "unknown" ? null : g.Key))))],
            [.. verdicts.GroupBy(v => v.Classification ?? "unknown").OrderByDescending(g => g.Sum(x => x.Count)).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new Count(DisplayNames.Of(g.Key), g.Sum(x => x.Count), Records(("status", IncidentStatuses.Resolved), ("classification", g.Key))))],
            [.. verdicts.GroupBy(v => v.Determination ?? "unknown").OrderByDescending(g => g.Sum(x => x.Count)).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new Count(DisplayNames.Of(g.Key), g.Sum(x => x.Count), Records(("status", IncidentStatuses.Resolved), ("determination", g.Key))))],
            [.. latest.Select(Summary)]);
    }

    /// <summary>One incident of an integration the scope can see, with its stored alerts; null when neither is stored.</summary>
    public async Task<IncidentDetail?> GetIncidentAsync(DashboardScope scope, string integrationId, string incidentId, CancellationToken cancellationToken = default)
    {
        if (scope.Available.All(i => i.Id != integrationId)) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var incident = await db.IngestedIncidents.AsNoTracking().SingleOrDefaultAsync(i => i.IntegrationId == integrationId && i.SourceId == incidentId, cancellationToken);
        var alerts = await db.IngestedAlerts.AsNoTracking().Where(a => a.IntegrationId == integrationId && a.IncidentId == incidentId)
            .OrderBy(a => a.CreatedAt).ThenBy(a => a.SourceId).ToListAsync(cancellationToken);
        if (incident is null && alerts.Count == 0) return null;
        var evidence = alerts.SelectMany(a => AlertEvidence.Parse(a.Evidence)).ToList();
        var people = evidence.Where(e => e.Kind == AlertEvidence.User && (e.Id ?? e.Name) is not null)
            .GroupBy(e => (e.Id ?? e.Name)!, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.First().Name ?? g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => (g.First().Name ?? g.First().Account ?? g.Key, DashboardLinks.User(integrationId, g.Key))).ToList();
        var devices = evidence.Where(e => e.Kind == AlertEvidence.Device && e.Id is not null)
            .GroupBy(e => e.Id!, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.First().Name ?? g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => (g.First().Name ?? g.Key, DashboardLinks.Device(integrationId, g.Key))).ToList();
        // The alerts table is filtered by creation time: its link spans the days of the incident's alerts, whatever the page's range.
        var alertsScope = alerts.Count == 0 ? scope with { IntegrationId = integrationId } : scope with
        {
            IntegrationId = integrationId,
            Range = new TimeRange(TimeRange.Custom, alerts.Min(a => a.CreatedAt).Date, alerts.Max(a => a.CreatedAt).Date.AddDays(1)),
        };
        return new IncidentDetail(incidentId, incident, scope.NameOf(integrationId), DashboardLinks.HttpsOnly(incident?.IncidentWebUrl), alerts, people, devices,
            DashboardLinks.Records(RecordCatalog.Alerts, alertsScope, ("incident", incidentId)));
    }
}
