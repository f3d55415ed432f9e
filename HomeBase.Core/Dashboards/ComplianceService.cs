using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Ingestion.Values;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

/// <summary>
/// The compliance dashboard from Defender for Cloud: secure score now and per day, each regulatory standard's
/// controls, the failing controls, and the unhealthy recommendations by severity and resource type.
/// </summary>
public sealed class ComplianceService(IDbContextFactory<HomeBaseDbContext> contexts, DataCoverage coverage)
{
    private static readonly string[] Severities = AssessmentSeverities.WorstFirst;

    public async Task<ComplianceDashboard> GetAsync(DashboardScope scope, CancellationToken cancellationToken = default)
    {
        var ids = scope.Ids;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var score = await db.IngestedSecureScores.AsNoTracking().Where(s => ids.Contains(s.IntegrationId))
            .GroupBy(_ => 1).Select(g => new { Current = g.Sum(s => s.Current), Max = g.Sum(s => s.Max) }).SingleOrDefaultAsync(cancellationToken);

        var days = await db.IngestedSecureScoreHistory.AsNoTracking()
            .Where(s => ids.Contains(s.IntegrationId) && s.Day >= scope.Range.From.Date && s.Day < scope.Range.To)
            .GroupBy(s => s.Day).Select(g => new { Day = g.Key, Current = g.Sum(s => s.Current), Max = g.Sum(s => s.Max) })
            .ToListAsync(cancellationToken);
        var (trendDays, trend) = DailyPercentTrend.Of(scope.Range, days.Select(d => (d.Day, (double)d.Current, (double)d.Max)));

        var standards = await db.IngestedComplianceStandards.AsNoTracking().Where(s => ids.Contains(s.IntegrationId))
            .GroupBy(s => s.Name).Select(g => new { Name = g.Key, Passed = g.Sum(s => (long)s.PassedControls), Failed = g.Sum(s => (long)s.FailedControls), Skipped = g.Sum(s => (long)s.SkippedControls) })
            .OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var failing = await db.IngestedComplianceControls.AsNoTracking().Where(c => ids.Contains(c.IntegrationId) && c.State == ComplianceStates.Failed)
            .GroupBy(c => new { c.StandardName, c.ControlName })
            .Select(g => new { g.Key.StandardName, g.Key.ControlName, Description = g.Max(c => c.Description), Failed = g.Sum(c => (long)c.FailedAssessments) })
            .OrderByDescending(c => c.Failed).ThenBy(c => c.StandardName).ThenBy(c => c.ControlName).Take(15).ToListAsync(cancellationToken);
        var unhealthy = db.IngestedRecommendations.AsNoTracking().Where(r => ids.Contains(r.IntegrationId) && r.StatusCode == AssessmentStatusCodes.Unhealthy);
        var bySeverity = await unhealthy.GroupBy(r => r.Severity).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken);
        var byType = await unhealthy.GroupBy(r => r.ResourceType).Select(g => new { g.Key, Count = g.LongCount() })
            .OrderByDescending(g => g.Count).Take(10).ToListAsync(cancellationToken);

        string Controls(params (string, string?)[] filters) => DashboardLinks.Records(RecordCatalog.ComplianceControls, scope, filters);
        string Recommendations(params (string, string?)[] filters) => DashboardLinks.Records(RecordCatalog.Recommendations, scope, [("status", "Unhealthy"), .. filters]);
        return new ComplianceDashboard(
            await coverage.GetAsync(scope, [StreamCatalog.SecureScore], cancellationToken),
            await coverage.GetAsync(scope, [StreamCatalog.Compliance], cancellationToken),
            await coverage.GetAsync(scope, [StreamCatalog.Recommendations], cancellationToken),
            score is { Max: > 0 } ? Math.Round(100 * score.Current / score.Max, 1) : null, score?.Current ?? 0, score?.Max ?? 0,
            trendDays, trend,
            [.. standards.Select(s => new StandardSummary(s.Name, s.Passed, s.Failed, s.Skipped, Controls(("standard", s.Name), ("state", "Failed")), Controls(("standard", s.Name))))],
            [.. failing.Select(c => new FailingControl(c.StandardName, c.ControlName, c.Description, c.Failed, Controls(("standard", c.StandardName), ("state", "Failed"))))],
            [.. Severities.Select(s => new Count(DisplayNames.Of(s), bySeverity.Where(b => b.Key == s).Sum(b => b.Count), Recommendations(("severity", s))))],
            [.. byType.Select(t => new Count(t.Key ?? "unknown", t.Count, Recommendations(("resource_type", t.Key))))],
            new Count("Unhealthy recommendations", bySeverity.Sum(b => b.Count), Recommendations()));
    }
}
