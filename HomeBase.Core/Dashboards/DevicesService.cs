using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Persistence;
using HomeBase.Core.Streams;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

public sealed record DevicesDashboard(
    Coverage MachineCoverage, Coverage VulnerabilityCoverage, IReadOnlyList<Count> Headlines,
    IReadOnlyList<Count> ByExposure, IReadOnlyList<Count> ByRiskScore, IReadOnlyList<Count> ByOs, IReadOnlyList<Count> ByHealth,
    IReadOnlyList<Count> VulnerabilitiesBySeverity, IReadOnlyList<Count> VulnerabilitiesByExploitability, IReadOnlyList<TopCve> TopCves);

public sealed record TopCve(string CveId, string? Severity, double? Cvss, long Machines, string Href);

/// <summary>A device with its vulnerabilities (worst first) and the alerts that name it.</summary>
public sealed record DeviceDetail(MachineRecord Machine, string IntegrationName, long VulnerabilityCount, IReadOnlyList<VulnerabilityRecord> Vulnerabilities,
    IReadOnlyList<AlertSummary> Alerts, string VulnerabilitiesHref, string AlertsHref);

/// <summary>
/// The devices and vulnerabilities dashboard: Defender for Endpoint's machines by exposure, risk, OS and
/// health, and the vulnerability findings by severity, exploitability and CVE. Both are current state: the time range does not narrow them.
/// </summary>
public sealed class DevicesService(IDbContextFactory<HomeBaseDbContext> contexts, DataCoverage coverage)
{
    private static readonly string[] Exposure = ["High", "Medium", "Low", "None"];
    private static readonly string[] Severities = ["Critical", "High", "Medium", "Low"];

    public async Task<DevicesDashboard> GetAsync(DashboardScope scope, CancellationToken cancellationToken = default)
    {
        var ids = scope.Ids;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var machines = await db.IngestedMachines.AsNoTracking().Where(m => ids.Contains(m.IntegrationId))
            .GroupBy(m => new { m.ExposureLevel, m.RiskScore, m.OsPlatform, m.HealthStatus })
            .Select(g => new { g.Key.ExposureLevel, g.Key.RiskScore, g.Key.OsPlatform, g.Key.HealthStatus, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        var findings = db.IngestedVulnerabilities.AsNoTracking().Where(v => ids.Contains(v.IntegrationId));
        var vulnerabilities = await findings.GroupBy(v => new { v.Severity, v.ExploitabilityLevel })
            .Select(g => new { g.Key.Severity, g.Key.ExploitabilityLevel, Count = g.LongCount() }).ToListAsync(cancellationToken);
        var topCves = await findings.Where(v => v.CveId != null).GroupBy(v => v.CveId)
            .Select(g => new { Cve = g.Key!, Severity = g.Max(v => v.Severity), Cvss = g.Max(v => v.CvssScore), Machines = g.Select(v => v.DeviceId).Distinct().LongCount() })
            .OrderByDescending(g => g.Machines).ThenBy(g => g.Cve).Take(10).ToListAsync(cancellationToken);

        string Machines(params (string, string?)[] filters) => DashboardLinks.Records(RecordCatalog.Machines, scope, filters);
        string Findings(params (string, string?)[] filters) => DashboardLinks.Records(RecordCatalog.Vulnerabilities, scope, filters);
        IReadOnlyList<Count> By(Func<(string? Exposure, string? Risk, string? Os, string? Health), string?> key, string filter) =>
            [.. machines.GroupBy(m => key((m.ExposureLevel, m.RiskScore, m.OsPlatform, m.HealthStatus)) ?? "unknown")
                .OrderByDescending(g => g.Sum(x => x.Count)).Select(g => new Count(g.Key, g.Sum(x => x.Count), Machines((filter, g.Key))))];

        return new DevicesDashboard(
            await coverage.GetAsync(scope, [StreamCatalog.Machines], cancellationToken),
            await coverage.GetAsync(scope, [StreamCatalog.Vulnerabilities], cancellationToken),
            [
                new("Devices", machines.Sum(m => m.Count), Machines()),
                new("Highly exposed devices", machines.Where(m => m.ExposureLevel == "High").Sum(m => m.Count), Machines(("exposure", "High"))),
                new("Vulnerability findings", vulnerabilities.Sum(v => v.Count), Findings()),
                new("Critical findings", vulnerabilities.Where(v => v.Severity == "Critical").Sum(v => v.Count), Findings(("severity", "Critical"))),
            ],
            [.. Exposure.Select(e => new Count(e, machines.Where(m => m.ExposureLevel == e).Sum(m => m.Count), Machines(("exposure", e))))],
            By(m => m.Risk, "risk"), By(m => m.Os, "os"), By(m => m.Health, "health"),
            [.. Severities.Select(s => new Count(s, vulnerabilities.Where(v => v.Severity == s).Sum(v => v.Count), Findings(("severity", s))))],
            [.. vulnerabilities.GroupBy(v => v.ExploitabilityLevel ?? "unknown").OrderByDescending(g => g.Sum(x => x.Count))
                .Select(g => new Count(g.Key, g.Sum(x => x.Count), Findings(("exploitability", g.Key))))],
            [.. topCves.Select(c => new TopCve(c.Cve, c.Severity, c.Cvss, c.Machines, Findings(("cve", c.Cve))))]);
    }

    public async Task<DeviceDetail?> GetDeviceAsync(DashboardScope scope, string integrationId, string machineId, CancellationToken cancellationToken = default)
    {
        if (scope.Available.All(i => i.Id != integrationId)) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var machine = await db.IngestedMachines.AsNoTracking().SingleOrDefaultAsync(m => m.IntegrationId == integrationId && m.SourceId == machineId, cancellationToken);
        if (machine is null) return null;
        var findings = db.IngestedVulnerabilities.AsNoTracking().Where(v => v.IntegrationId == integrationId && v.DeviceId == machineId);
        var pattern = AlertRecord.Match(machineId);
        var alerts = await db.IngestedAlerts.AsNoTracking().Where(a => a.IntegrationId == integrationId && EF.Functions.Like(a.DeviceIds, pattern))
            .OrderByDescending(a => a.CreatedAt).Take(20).ToListAsync(cancellationToken);
        var deviceScope = scope with { IntegrationId = integrationId, Range = TimeRange.Preset("30d", scope.Range.To) };
        return new DeviceDetail(machine, scope.NameOf(integrationId), await findings.LongCountAsync(cancellationToken),
            await findings.OrderByDescending(v => v.CvssScore).ThenBy(v => v.CveId).Take(20).ToListAsync(cancellationToken),
            [.. alerts.Select(a => new AlertSummary(a.Title ?? a.SourceId, a.Severity, a.Status, a.Category, a.CreatedAt, DashboardLinks.Alert(a.IntegrationId, a.SourceId)))],
            DashboardLinks.Records(RecordCatalog.Vulnerabilities, deviceScope, ("device", machineId)),
            DashboardLinks.Records(RecordCatalog.Alerts, deviceScope, ("device", machineId)));
    }
}
