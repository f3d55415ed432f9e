using System.Text.RegularExpressions;
using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

/// <summary>
/// Microsoft Secure Score (Graph <c>security/secureScores</c> and <c>secureScoreControlProfiles</c>): the newest day's score of
/// each tenant in scope, the days of the range for the trend, and the controls, by product and by points left to earn.
/// </summary>
public sealed partial class MicrosoftSecureScoreService(IDbContextFactory<HomeBaseDbContext> contexts, DataCoverage coverage)
{
    public async Task<MicrosoftSecureScoreDashboard> GetAsync(DashboardScope scope, CancellationToken cancellationToken = default)
    {
        var ids = scope.Ids;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scores = db.IngestedMicrosoftSecureScores.AsNoTracking().Where(s => ids.Contains(s.IntegrationId));
        // The newest day of each tenant, and its day just before the range (the score the range started from).
        var newest = await scores.Where(s => s.CreatedAt == scores.Where(x => x.IntegrationId == s.IntegrationId).Max(x => x.CreatedAt)).ToListAsync(cancellationToken);
        var from = scope.Range.From;
        var before = await scores.Where(s => s.CreatedAt < from
                && s.CreatedAt == scores.Where(x => x.IntegrationId == s.IntegrationId && x.CreatedAt < from).Max(x => x.CreatedAt))
            .ToListAsync(cancellationToken);
        var days = await scores.Where(s => s.CreatedAt >= from.Date && s.CreatedAt < scope.Range.To)
            .Select(s => new { s.IntegrationId, s.CreatedAt, s.CurrentScore, s.MaxScore }).ToListAsync(cancellationToken);

        var (trendDays, trend) = DailyPercentTrend.Of(scope.Range, days.Select(d => (d.CreatedAt, d.CurrentScore, d.MaxScore)));

        var current = newest.Sum(s => s.CurrentScore);
        var max = newest.Sum(s => s.MaxScore);
        // The range's change, where every tenant has a score from before it.
        double? change = newest.Count > 0 && before.Count == newest.Count ? Math.Round(current - before.Sum(s => s.CurrentScore), 2) : null;

        var controls = await db.IngestedSecureScoreControls.AsNoTracking().Where(c => ids.Contains(c.IntegrationId) && c.Deprecated != true)
            .ToListAsync(cancellationToken);
        string Controls(params (string, string?)[] filters) => DashboardLinks.Records(RecordCatalog.SecureScoreControls, scope, filters);
        var byProduct = controls.GroupBy(c => c.Service ?? "unknown")
            .Select(g => new ProductScore(DisplayNames.Of(g.Key), g.Sum(c => c.Score ?? 0), g.Sum(c => c.MaxScore ?? 0),
                new Count("To do", g.Count(ToDo), Controls(("service", g.Key == "unknown" ? null : g.Key), ("status", RecordCatalog.ControlToDo))),
                Controls(("service", g.Key == "unknown" ? null : g.Key))))
            .OrderByDescending(p => p.Worth - p.Points).ThenBy(p => p.Product, StringComparer.Ordinal).ToList();
        var actions = ActionsToDo(controls, id => Controls(("id", id))).Take(10).ToList();

        return new MicrosoftSecureScoreDashboard(
            await coverage.GetAsync(scope, [StreamCatalog.MicrosoftSecureScore], cancellationToken),
            max > 0 ? Math.Round(100 * current / max, 1) : null, current, max,
            newest.Count == 1 ? newest[0].AllTenantsAverage : null, change, newest.Count > 0 ? newest.Max(s => s.CreatedAt) : null,
            trendDays, trend,
            [
                new("Controls with points to earn", controls.Count(ToDo), Controls(("status", RecordCatalog.ControlToDo))),
                new("Controls complete", controls.Count(c => !ToDo(c)), Controls(("status", RecordCatalog.ControlDone))),
                new("Days of score in range", days.Count(d => d.CreatedAt >= from), DashboardLinks.Records(RecordCatalog.MicrosoftSecureScores, scope)),
            ],
            byProduct, actions);
    }

    /// <summary>Points left to earn: the control is worth more than the tenant has of it (unlisted in the newest score: nothing yet).</summary>
    internal static bool ToDo(SecureScoreControlRecord control) => control.Score is null || control.Score < control.MaxScore;

    /// <summary>The controls with points left, most points first, each with its fix in words and its record.</summary>
    internal static IEnumerable<SecureScoreAction> ActionsToDo(IEnumerable<SecureScoreControlRecord> controls, Func<string, string> recordOf) =>
        controls.Where(ToDo)
            .OrderByDescending(c => (c.MaxScore ?? 0) - (c.Score ?? 0)).ThenBy(c => c.Rank ?? int.MaxValue).ThenBy(c => c.SourceId, StringComparer.Ordinal)
            .Select(c => new SecureScoreAction(c.Title ?? c.SourceId, DisplayNames.Of(c.Service ?? "unknown"), Math.Round((c.MaxScore ?? 0) - (c.Score ?? 0), 2), c.MaxScore ?? 0,
                PlainText(c.Remediation), DashboardLinks.HttpsOnly(c.ActionUrl), c.UserImpact, c.ImplementationCost, recordOf(c.SourceId)));

    /// <summary>Microsoft's remediation text can carry HTML; the page shows its words only.</summary>
    internal static string? PlainText(string? text) => text is null ? null : Whitespace().Replace(Tags().Replace(text, " "), " ").Trim();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
