using System.Text.Json.Nodes;
using HomeBase.Sandbox.Graph;
using HomeBase.Sandbox.Tenants;

namespace HomeBase.Sandbox.Control;

/// <summary>What the sandbox serves for a tenant, counted: tests compare what HomeBase ingested with this.</summary>
internal static class GroundTruth
{
    public static JsonObject For(SandboxTenant tenant, DateTimeOffset? from, DateTimeOffset to, DateTimeOffset now)
    {
        var data = tenant.Data;
        var start = from ?? data.Origin;
        long Count(Data.TimeSeries series)
        {
            var (first, last) = series.Range(start, to);
            return Math.Max(0, last - first + 1);
        }

        var (alertFirst, alertLast) = data.Alerts.Range(start, to);
        var alerts = new Dictionary<string, long>();
        long endpointAlerts = 0;
        for (var i = alertFirst; i <= alertLast; i++)
        {
            if (!GraphSecurityEndpoints.AlertVisible(tenant, i)) continue;
            var source = data.AlertSource(i);
            alerts[source] = alerts.GetValueOrDefault(source) + 1;
            if (data.IsEndpointAlert(i)) endpointAlerts++;
        }

        var readable = tenant.Subscriptions.Where(s => s.Readable).ToList();
        var machines = tenant.HasDefenderForEndpoint ? data.MachineCount : 0;
        return new JsonObject
        {
            ["tenant"] = tenant.Name,
            ["from"] = start.ToString("O"),
            ["to"] = to.ToString("O"),
            ["users"] = data.UserIndexes(now).Count,
            ["groups"] = data.GroupCount,
            ["sign_ins"] = Count(data.SignIns),
            ["directory_audits"] = Count(data.DirectoryAudits),
            ["risky_users"] = data.RiskyUserIndexes().Count,
            ["risk_detections"] = Count(data.RiskDetections),
            ["conditional_access_policies"] = data.ConditionalAccessPolicies().Count(),
            ["alerts"] = alerts.Values.Sum(),
            ["alerts_by_source"] = new JsonObject([.. alerts.OrderBy(a => a.Key).Select(a => KeyValuePair.Create(a.Key, (JsonNode?)a.Value))]),
            ["defender_alerts"] = endpointAlerts,
            ["machines"] = machines,
            ["vulnerabilities"] = tenant.HasVulnerabilityManagement ? Enumerable.Range(0, machines).Sum(data.VulnerabilityCount) : 0,
            ["subscriptions"] = readable.Count,
            ["activity_logs"] = new JsonObject([.. readable.Select(s => KeyValuePair.Create(s.Id.ToString(), (JsonNode?)Count(data.ActivityLog(s.Id))))]),
            ["recommendations"] = readable.Count * data.AssessmentCount,
            ["compliance_standards"] = readable.Count * data.ComplianceStandards().Count(),
            ["compliance_controls"] = readable.Count * data.ComplianceStandards().Sum(s => s.Controls),
            ["secure_scores"] = readable.Count,
        };
    }
}
