using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Dashboards.Rollups;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Integrations.Verification;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

/// <summary>
/// Defender for Identity in one page: its alerts of the range from the alert rollups (by category, host and account), its
/// sensors and open health issues now, and its Secure Score controls with points left.
/// </summary>
public sealed class IdentityAttacksService(IDbContextFactory<HomeBaseDbContext> contexts, DataCoverage coverage, AlertRollup alertCounts)
{
    /// <summary>How many hosts and accounts the page lists; the records behind each number have the rest.</summary>
    public const int TopCount = 10;

    public async Task<IdentityAttacksDashboard> GetAsync(DashboardScope scope, CancellationToken cancellationToken = default)
    {
        var ids = scope.Ids;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = new RollupReader(db, ids, scope.Range);
        var sources = await counts.TotalsAsync(alertCounts, AlertRollup.Source, cancellationToken);
        var categories = await counts.TotalsAsync(alertCounts, AlertRollup.IdentityCategory, cancellationToken);
        var hosts = await counts.TopAsync(alertCounts, AlertRollup.IdentityHost, TopCount, cancellationToken);
        var accounts = await counts.TopAsync(alertCounts, AlertRollup.IdentityAccount, TopCount, cancellationToken);

        var sensors = await db.IngestedIdentitySensors.AsNoTracking().Where(s => ids.Contains(s.IntegrationId)).ToListAsync(cancellationToken);
        var issues = await db.IngestedIdentityHealthIssues.AsNoTracking()
            .Where(h => ids.Contains(h.IntegrationId) && h.Status == IdentityHealthIssueRecord.Open).ToListAsync(cancellationToken);
        var controls = await db.IngestedSecureScoreControls.AsNoTracking()
            .Where(c => ids.Contains(c.IntegrationId) && c.Deprecated != true && SecureScoreControlRecord.DefenderForIdentityServices.Contains(c.Service))
            .ToListAsync(cancellationToken);

        var sensorCoverage = await coverage.GetAsync(scope, [StreamCatalog.IdentitySensors, StreamCatalog.IdentityHealthIssues], cancellationToken);
        // A tenant without the product: the verification grid blocked both streams for the licence (its reason says so).
        var notLicensed = sensorCoverage.Streams.GroupBy(s => s.IntegrationId)
            .Where(g => g.All(s => s.Missing && s.Reason?.StartsWith(StreamStatuses.MissingLicence, StringComparison.Ordinal) == true))
            .Select(g => g.First().IntegrationName).ToList();

        string Alerts(params (string, string?)[] filters) =>
            DashboardLinks.Records(RecordCatalog.Alerts, scope, [("source", AlertRollup.DefenderForIdentity), .. filters]);
        string Sensors(params (string, string?)[] filters) => DashboardLinks.Records(RecordCatalog.IdentitySensors, scope, filters);
        string Issues(params (string, string?)[] filters) => DashboardLinks.Records(RecordCatalog.IdentityHealthIssues, scope, filters);
        string Controls(params (string, string?)[] filters) => DashboardLinks.Records(RecordCatalog.SecureScoreControls, scope, filters);

        var sensorRows = sensors
            .Select(s => new IdentitySensorStatus(s.DisplayName ?? s.SourceId, scope.NameOf(s.IntegrationId), s.SensorType, s.DomainName, s.HealthStatus,
                s.ServiceStatus, s.DeploymentStatus, s.Version, s.OpenHealthIssuesCount, s.HasProblem, s.HasProblem ? FixFor(s, issues) : null,
                Sensors(("id", s.SourceId))))
            .OrderByDescending(s => s.HasProblem).ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var openIssues = issues
            .OrderBy(h => Array.IndexOf(WorstFirst, h.Severity ?? "")).ThenByDescending(h => h.CreatedAt).ThenBy(h => h.SourceId, StringComparer.Ordinal)
            .Select(h => new IdentityHealthProblem(h.DisplayName ?? h.SourceId, scope.NameOf(h.IntegrationId), h.Description, h.Severity, h.HealthIssueType,
                Split(h.SensorDnsNames, ','), Split(h.Recommendations, '\n'), Split(h.RecommendedActionCommands, '\n'), h.CreatedAt, Issues(("id", h.SourceId))))
            .ToList();

        return new IdentityAttacksDashboard(
            await coverage.GetAsync(scope, [StreamCatalog.Alerts], cancellationToken),
            sensorCoverage,
            await coverage.GetAsync(scope, [StreamCatalog.MicrosoftSecureScore], cancellationToken),
            notLicensed,
            [
                new("Defender for Identity alerts", sources.GetValueOrDefault(AlertRollup.DefenderForIdentity).Count, Alerts()),
                new("Lateral movement", categories.GetValueOrDefault(RecordCatalog.LateralMovement).Count, Alerts(("category", RecordCatalog.LateralMovement))),
                new("Credential access", categories.GetValueOrDefault(RecordCatalog.CredentialAccess).Count, Alerts(("category", RecordCatalog.CredentialAccess))),
                new("Sensors with a problem", sensors.Count(s => s.HasProblem), Sensors(("problem", RecordCatalog.Yes))),
                new("Open health issues", issues.Count, Issues(("status", IdentityHealthIssueRecord.Open))),
            ],
            [.. categories.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => new Count(DisplayNames.Of(c.Key), c.Value.Count, Alerts(("category", c.Key))))],
            Top(hosts, host => Alerts(("host", host))),
            Top(accounts, account => Alerts(("account", account))),
            sensorRows,
            openIssues,
            [.. MicrosoftSecureScoreService.ActionsToDo(controls, id => Controls(("id", id)))]);
    }

    private static readonly string[] WorstFirst = ["high", "medium", "low"];

    private static List<Count> Top(List<(string Value, long Count)> top, Func<string, string> link) =>
        [.. top.Select(t => new Count(t.Value, t.Count, link(t.Value)))];

    /// <summary>What a sensor watches, in Microsoft's product words.</summary>
    public static string SensorTypeName(string? sensorType) => sensorType switch
    {
        "domainControllerIntegrated" => "Domain controller",
        "domainControllerStandalone" => "Domain controller (standalone sensor)",
        "adfsIntegrated" => "AD FS server",
        "adcsIntegrated" => "AD CS server",
        "adConnectIntegrated" => "Entra Connect server",
        null => "Unknown",
        _ => DisplayNames.Of(sensorType),
    };

    private static string[] Split(string? joined, char separator) =>
        joined?.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>
    /// What to do about a failing sensor: the first recommendation of its worst open health issue (by the sensor's DNS name or
    /// display name; its own before tenant-wide ones), else the generic step for its state.
    /// </summary>
    private static string FixFor(IdentitySensorRecord sensor, IReadOnlyList<IdentityHealthIssueRecord> issues)
    {
        var names = Split(sensor.DomainControllerDnsNames, ',').Append(sensor.DisplayName ?? "").Where(n => n.Length > 0).ToList();
        bool Names(IdentityHealthIssueRecord h) => Split(h.SensorDnsNames, ',')
            .Any(dns => names.Any(n => dns.Equals(n, StringComparison.OrdinalIgnoreCase) || dns.StartsWith(n + ".", StringComparison.OrdinalIgnoreCase)));
        // The sensor's own issues before tenant-wide ones that also name it, worst first.
        var issue = issues.Where(Names).OrderBy(h => h.HealthIssueType == "sensor" ? 0 : 1).ThenBy(h => Array.IndexOf(WorstFirst, h.Severity ?? "")).FirstOrDefault();
        if (issue is not null && Split(issue.Recommendations, '\n').FirstOrDefault() is { } recommendation) return recommendation;
        return sensor.ServiceStatus is "stopped" or "disabled"
            ? "Start the Azure Advanced Threat Protection Sensor service on the server, then check that it reaches the Defender for Identity cloud service."
            : "Open the sensor in the Defender portal (Settings, Identities, Sensors) to see what fails.";
    }
}
