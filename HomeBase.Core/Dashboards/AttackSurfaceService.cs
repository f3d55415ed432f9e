using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Ingestion.Values;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

/// <summary>
/// Defender for Endpoint's attack surface (docs/microsoft-apis.md §4.4): the exposure and device secure scores HomeBase keeps a
/// reading of each day, and the exposure each onboarded device reports. The scores are current state plus the range's days for the
/// trend; the device counts are the fleet now, as on the Devices page.
/// </summary>
public sealed class AttackSurfaceService(IDbContextFactory<HomeBaseDbContext> contexts, DataCoverage coverage)
{
    public const int MostExposedCount = 10;

    public const int TopRecommendationCount = 10;

    public async Task<AttackSurfaceDashboard> GetAsync(DashboardScope scope, CancellationToken cancellationToken = default)
    {
        var ids = scope.Ids;
        var (from, to) = (scope.Range.From.Date, scope.Range.To);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scores = db.IngestedDefenderScores.AsNoTracking().Where(s => ids.Contains(s.IntegrationId));
        // The latest day each integration has, then that day's readings: a handful of rows, whatever the history.
        var latestDays = await scores.GroupBy(s => s.IntegrationId).Select(g => new { IntegrationId = g.Key, Day = g.Max(s => s.Day) }).ToListAsync(cancellationToken);
        var latest = new List<DefenderScoreRecord>();
        foreach (var day in latestDays)
        {
            latest.AddRange(await scores.Where(s => s.IntegrationId == day.IntegrationId && s.Day == day.Day).ToListAsync(cancellationToken));
        }
        var inRange = await scores.Where(s => s.MachineGroup == null && s.Day >= from && s.Day < to)
            .Select(s => new { s.IntegrationId, s.Kind, s.Day, s.Score }).ToListAsync(cancellationToken);

        var exposure = Average(latest.Where(s => s.Kind == DefenderScoreRecord.Exposure && s.MachineGroup == null).Select(s => s.Score));
        var device = Average(latest.Where(s => s.Kind == DefenderScoreRecord.DeviceSecureScore).Select(s => s.Score));
        // The change needs two days of the range: the first day's reading against the latest.
        var exposureDays = inRange.Where(s => s.Kind == DefenderScoreRecord.Exposure).ToList();
        var firstExposure = exposureDays.GroupBy(s => s.IntegrationId).Select(g => g.MinBy(s => s.Day)!.Score).ToList();
        var change = exposure is { } now && exposureDays.Select(s => s.Day).Distinct().Count() > 1 ? Math.Round(now - firstExposure.Average(), 1) : (double?)null;

        var days = DailyPercentTrend.Days(scope.Range, inRange.Select(s => s.Day));
        IReadOnlyList<double?> TrendOf(string kind) =>
            [.. days.Select(d => Average(inRange.Where(s => s.Kind == kind && s.Day == d.Date).Select(s => s.Score)))];

        var machines = db.IngestedMachines.AsNoTracking().Where(m => ids.Contains(m.IntegrationId)).Where(MachineRecord.OnboardedDevice);
        var highlyExposed = await machines.LongCountAsync(m => m.ExposureLevel == ExposureLevels.High, cancellationToken);
        var highRisk = await machines.LongCountAsync(m => m.RiskScore == MachineRiskScores.High, cancellationToken);
        var onboarded = await machines.LongCountAsync(cancellationToken);
        var mostExposed = await machines
            .Where(m => m.ExposureLevel == ExposureLevels.High || m.ExposureLevel == ExposureLevels.Medium)
            .OrderBy(m => m.ExposureLevel == ExposureLevels.High ? 0 : 1)
            .ThenBy(m => m.RiskScore == MachineRiskScores.High ? 0 : m.RiskScore == MachineRiskScores.Medium ? 1 : m.RiskScore == MachineRiskScores.Low ? 2 : 3)
            .ThenBy(m => m.ComputerDnsName).ThenBy(m => m.SourceId)
            .Take(MostExposedCount)
            .Select(m => new { m.IntegrationId, m.SourceId, m.ComputerDnsName, m.ExposureLevel, m.RiskScore, m.OsPlatform })
            .ToListAsync(cancellationToken);

        var recommendations = db.IngestedSecurityRecommendations.AsNoTracking()
            .Where(r => ids.Contains(r.IntegrationId) && r.Status == RecommendationStatuses.Active);
        var activeRecommendations = await recommendations.LongCountAsync(cancellationToken);
        var topRecommendations = await recommendations.OrderByDescending(r => r.ExposureImpact).ThenBy(r => r.SourceId).Take(TopRecommendationCount)
            .ToListAsync(cancellationToken);

        string Recommendations(params (string, string?)[] filters) => DashboardLinks.Records(RecordCatalog.SecurityRecommendations, scope, filters);
        string Scores(params (string, string?)[] filters) => DashboardLinks.Records(RecordCatalog.DefenderScores, scope, filters);
        string Machines(params (string, string?)[] filters) => DashboardLinks.Records(RecordCatalog.Machines, scope, [("onboarding", "onboarded"), .. filters]);
        return new AttackSurfaceDashboard(
            await coverage.GetAsync(scope, [StreamCatalog.DefenderScores], cancellationToken),
            await coverage.GetAsync(scope, [StreamCatalog.Machines], cancellationToken),
            exposure, exposure is { } e ? DefenderScoreRecord.ExposureLevel(e) : null, device,
            latest.Count == 0 ? null : latest.Max(s => s.Day), latestDays.Count, change,
            Scores(("kind", DefenderScoreRecord.Exposure), ("group", RecordCatalog.Organisation)), Scores(("kind", DefenderScoreRecord.DeviceSecureScore)),
            DailyPercentTrend.Labels(days),
            TrendOf(DefenderScoreRecord.Exposure), TrendOf(DefenderScoreRecord.DeviceSecureScore),
            [.. latest.Where(s => s.Kind == DefenderScoreRecord.Exposure && s.MachineGroup is not null).OrderByDescending(s => s.Score).ThenBy(s => s.MachineGroup, StringComparer.Ordinal)
                .Select(s => new MachineGroupExposure(s.MachineGroup!, scope.NameOf(s.IntegrationId), s.Score, DefenderScoreRecord.ExposureLevel(s.Score),
                    Scores(("kind", DefenderScoreRecord.Exposure), ("group", s.MachineGroup))))],
            [
                new("Onboarded devices", onboarded, Machines()),
                new("Highly exposed devices", highlyExposed, Machines(("exposure", ExposureLevels.High))),
                new("High risk devices", highRisk, Machines(("risk", MachineRiskScores.High))),
            ],
            [.. mostExposed.Select(m => new ExposedDevice(m.ComputerDnsName ?? m.SourceId, scope.NameOf(m.IntegrationId), m.ExposureLevel, m.RiskScore, m.OsPlatform,
                DashboardLinks.Device(m.IntegrationId, m.SourceId)))],
            await coverage.GetAsync(scope, [StreamCatalog.SecurityRecommendations], cancellationToken),
            new Count("Active recommendations", activeRecommendations, Recommendations(("status", RecommendationStatuses.Active))),
            [.. topRecommendations.Select(r => new RecommendationSummary(r.RecommendationName ?? r.SourceId, scope.NameOf(r.IntegrationId), r.Category, r.RemediationType,
                r.ExposureImpact, r.ExposedMachinesCount, r.TotalMachineCount, r.PublicExploit, Recommendations(("id", r.SourceId))))]);
    }

    private static double? Average(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : Math.Round(list.Average(), 1);
    }
}
