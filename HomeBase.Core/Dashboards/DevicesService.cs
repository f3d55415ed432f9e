using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Ingestion.Values;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

/// <summary>
/// The devices and vulnerabilities dashboard: Defender for Endpoint's machines by exposure, risk, OS and
/// health, and the vulnerability findings by severity, exploitability and CVE. Both are current state: the time range does not narrow them.
/// </summary>
public sealed class DevicesService(IDbContextFactory<HomeBaseDbContext> contexts, DataCoverage coverage)
{
    private static readonly string[] Exposure = ExposureLevels.WorstFirst;
    private static readonly string[] Severities = ["Critical", "High", "Medium", "Low"];

    public async Task<DevicesDashboard> GetAsync(DashboardScope scope, CancellationToken cancellationToken = default)
    {
        var ids = scope.Ids;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var all = await db.IngestedMachines.AsNoTracking().Where(m => ids.Contains(m.IntegrationId))
            .GroupBy(m => new { m.ExposureLevel, m.RiskScore, m.OsPlatform, m.HealthStatus, m.OnboardingStatus })
            .Select(g => new { g.Key.ExposureLevel, g.Key.RiskScore, g.Key.OsPlatform, g.Key.HealthStatus, g.Key.OnboardingStatus, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        // A device Defender only discovered on the network is not protected and reports no exposure: shown apart, never counted as a device.
        var machines = all.Where(m => MachineRecord.IsOnboarded(m.OnboardingStatus)).ToList();
        var discovered = all.Where(m => !MachineRecord.IsOnboarded(m.OnboardingStatus)).Sum(m => m.Count);
        // Findings are counted from the snapshot rolled up after each vulnerability sync: hundreds of thousands of rows are not scanned.
        var severities = await Rollups.VulnerabilityRollup.ReadAsync(db, ids, Rollups.VulnerabilityRollup.Severity, cancellationToken);
        var exploitability = await Rollups.VulnerabilityRollup.ReadAsync(db, ids, Rollups.VulnerabilityRollup.Exploitability, cancellationToken);
        var topCves = (await Rollups.VulnerabilityRollup.ReadAsync(db, ids, Rollups.VulnerabilityRollup.Cve, cancellationToken))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).Take(10).ToList();

        string Machines(params (string, string?)[] filters) => DashboardLinks.Records(RecordCatalog.Machines, scope, [("onboarding", "onboarded"), .. filters]);
        string Findings(params (string, string?)[] filters) => DashboardLinks.Records(RecordCatalog.Vulnerabilities, scope, filters);
        IReadOnlyList<Count> By(Func<(string? Exposure, string? Risk, string? Os, string? Health), string?> key, string filter) =>
            [.. machines.GroupBy(m => key((m.ExposureLevel, m.RiskScore, m.OsPlatform, m.HealthStatus)) ?? "unknown")
                .OrderByDescending(g => g.Sum(x => x.Count)).Select(g => new Count(DisplayNames.Of(g.Key), g.Sum(x => x.Count), Machines((filter, g.Key))))];

        return new DevicesDashboard(
            await coverage.GetAsync(scope, [StreamCatalog.Machines], cancellationToken),
            await coverage.GetAsync(scope, [StreamCatalog.Vulnerabilities], cancellationToken),
            [
                new("Devices", machines.Sum(m => m.Count), Machines()),
                new("Highly exposed devices", machines.Where(m => m.ExposureLevel == ExposureLevels.High).Sum(m => m.Count), Machines(("exposure", "High"))),
                new("Vulnerability findings", severities.Sum(v => v.Count), Findings()),
                new("Critical findings", severities.Where(v => v.Value == "Critical").Sum(v => v.Count), Findings(("severity", "Critical"))),
            ],
            [.. Exposure.Select(e => new Count(DisplayNames.Of(e), machines.Where(m => m.ExposureLevel == e).Sum(m => m.Count), Machines(("exposure", e))))],
            By(m => m.Risk, "risk"), By(m => m.Os, "os"), By(m => m.Health, "health"),
            [.. Severities.Select(s => new Count(DisplayNames.Of(s), severities.Where(v => v.Value == s).Sum(v => v.Count), Findings(("severity", s))))],
            [.. exploitability.OrderByDescending(e => e.Count).ThenBy(e => e.Value, StringComparer.Ordinal)
                .Select(e => new Count(DisplayNames.Of(e.Value), e.Count, Findings(("exploitability", e.Value))))],
            new Count("Discovered devices, not onboarded", discovered, DashboardLinks.Records(RecordCatalog.Machines, scope, ("onboarding", "discovered"))),
            [.. topCves.Select(c => new TopCve(c.Value, c.Label?.Split('|')[0], double.TryParse(c.Label?.Split('|')[1], System.Globalization.CultureInfo.InvariantCulture, out var cvss) ? cvss : null,
                c.Count, Findings(("cve", c.Value))))]);
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
            [.. alerts.Select(a => new AlertSummary(a.Title ?? a.SourceId, a.Severity, a.Status, AlertRecord.ShowCategories(a.Categories), a.CreatedAt, DashboardLinks.Alert(a.IntegrationId, a.SourceId)))],
            DashboardLinks.Records(RecordCatalog.Vulnerabilities, deviceScope, ("device", machineId)),
            DashboardLinks.Records(RecordCatalog.Alerts, deviceScope, ("device", machineId)));
    }
}
