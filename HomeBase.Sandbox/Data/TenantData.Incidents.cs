using System.Globalization;
using System.Text.Json.Nodes;

namespace HomeBase.Sandbox.Data;

// Defender XDR incidents: every three consecutive alerts are one attack (the alerts' incidentId says so). An incident is
// as severe as its worst alert, resolved once all its alerts are, in progress once one is triaged, and updated whenever
// one of its alerts is.
public sealed partial class TenantData
{
    private static readonly string[] SeverityOrder = ["informational", "low", "medium", "high"];

    /// <summary>The incident id an alert belongs to.</summary>
    internal static long IncidentOf(long alertIndex) => 1000 + alertIndex / 3;

    /// <summary>The incident's alerts that exist at <paramref name="now"/> and that the tenant's licences show.</summary>
    private List<long> IncidentAlerts(long incident, DateTimeOffset now)
    {
        var first = (incident - 1000) * 3;
        return [.. Enumerable.Range(0, 3).Select(k => first + k)
            .Where(i => i >= 0 && Alerts.TimeOf(i) <= now && AlertLicensed(i))];
    }

    /// <summary>The incidents updated at or after <paramref name="from"/> (all when null), newest update first.</summary>
    internal IReadOnlyList<(JsonObject Json, DateTimeOffset LastUpdate, string Status, string Severity, bool Assigned)> Incidents(DateTimeOffset? from, DateTimeOffset now)
    {
        // An incident changes until its last alert's horizon: look back that far for its alerts.
        var (first, last) = Alerts.Range(from is { } start ? start - AlertUpdateHorizon : Alerts.Origin, now);
        var incidents = new List<(JsonObject, DateTimeOffset, string, string, bool)>();
        for (var incident = IncidentOf(Math.Max(0, first)); incident <= IncidentOf(Math.Max(0, last)); incident++)
        {
            var alerts = IncidentAlerts(incident, now);
            if (alerts.Count == 0) continue;
            var states = alerts.Select(i => AlertState(i, now)).ToList();
            var lastUpdate = states.Max(s => s.LastUpdate);
            if (from is { } since && lastUpdate < since) continue;
            var status = states.All(s => s.Status == "resolved") ? "resolved" : states.Any(s => s.Status != "new") ? "inProgress" : "active";
            var severity = alerts.Select(AlertSeverity).MaxBy(s => System.Array.IndexOf(SeverityOrder, s))!;
            var resolved = status == "resolved";
            var classification = resolved ? AlertClassification(alerts[0]) : "unknown";
            var id = incident.ToString(CultureInfo.InvariantCulture);
            var title = AlertKindOf(alerts[0]).Title;
            incidents.Add((new JsonObject
            {
                ["@odata.type"] = "#microsoft.graph.security.incident",
                ["id"] = id,
                ["incidentWebUrl"] = $"https://security.microsoft.com/incidents/{id}?tid={TenantId}",
                ["redirectIncidentId"] = null,
                ["tenantId"] = TenantId.ToString(),
                ["displayName"] = alerts.Count == 1 ? title : $"{title} and {alerts.Count - 1} related alert{(alerts.Count == 2 ? "" : "s")}",
                ["createdDateTime"] = Iso(Alerts.TimeOf(alerts[0])),
                ["lastUpdateDateTime"] = Iso(lastUpdate),
                ["assignedTo"] = status == "active" ? null : "soc@" + Domain,
                ["classification"] = classification,
                ["determination"] = !resolved ? "unknown" : classification == "truePositive" ? "malware" : "notMalicious",
                ["status"] = status,
                ["severity"] = severity,
                ["customTags"] = Strings(),
                ["systemTags"] = Strings(),
                ["description"] = $"Defender correlated {alerts.Count} alert{(alerts.Count == 1 ? "" : "s")} into one attack.",
                ["comments"] = Array(),
            }, lastUpdate, status, severity, status != "active"));
        }
        return [.. incidents.OrderByDescending(i => i.Item2).ThenBy(i => i.Item1["id"]!.GetValue<string>(), StringComparer.Ordinal)];
    }
}
