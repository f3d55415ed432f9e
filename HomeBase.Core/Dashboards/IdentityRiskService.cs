using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Ingestion.Values;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

/// <summary>
/// The identity-risk dashboard: who Identity Protection flags, what it detected, how sign-ins went and what
/// Conditional Access did, in the scope's integrations and time range. Every figure is counted in the database.
/// </summary>
public sealed class IdentityRiskService(IDbContextFactory<HomeBaseDbContext> contexts, DataCoverage coverage, Rollups.SignInRollup signInCounts, Rollups.RiskDetectionRollup detectionCounts)
{
    private static readonly string[] Levels = [RiskLevels.High, RiskLevels.Medium, RiskLevels.Low];

    public async Task<IdentityRisk> GetAsync(DashboardScope scope, CancellationToken cancellationToken = default)
    {
        var ids = scope.Ids;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var buckets = new TimeBuckets(scope.Range);

        // Deleted accounts stay in Microsoft's list with isDeleted; they are not at risk any more.
        var riskyUsers = db.IngestedRiskyUsers.AsNoTracking().Where(u => ids.Contains(u.IntegrationId) && !u.IsDeleted);
        var atRisk = riskyUsers.Where(u => RiskStates.Risky.Contains(u.RiskState));
        var byLevel = await atRisk.GroupBy(u => u.RiskLevel).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken);
        var byState = await riskyUsers.GroupBy(u => u.RiskState).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken);

        // Detections and sign-ins are counted from the hourly rollups: millions of rows are never scanned for a chart.
        var counts = new Rollups.RollupReader(db, ids, scope.Range);
        var detectionGroups = await counts.ByHourAsync(detectionCounts, Rollups.RiskDetectionRollup.Type, cancellationToken);
        var detectionSeries = detectionGroups.GroupBy(g => g.Value).OrderByDescending(g => g.Sum(x => x.Count)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Series(DisplayNames.Of(g.Key), buckets.Fill(g.Select(x => (buckets.Bucket(x.Hour, x.Hour.Hour), x.Count))),
                DashboardLinks.Records(RecordCatalog.RiskDetections, scope, ("type", g.Key))))
            .ToList();

        var byHour = await counts.ByHourAsync(signInCounts, Rollups.SignInRollup.Error, cancellationToken);
        Series SignInSeries(bool failed, string name) => new(name,
            buckets.Fill(byHour.Where(r => (r.Value != "0") == failed).Select(r => (buckets.Bucket(r.Hour, r.Hour.Hour), r.Count))),
            DashboardLinks.Records(RecordCatalog.SignIns, scope, ("result", failed ? "failure" : "success")));
        var failures = (await counts.TotalsAsync(signInCounts, Rollups.SignInRollup.Error, cancellationToken))
            .Where(e => e.Key != "0").OrderByDescending(e => e.Value.Count).ThenBy(e => e.Key, StringComparer.Ordinal).Take(8).ToList();
        var outcomes = await counts.TotalsAsync(signInCounts, Rollups.SignInRollup.ConditionalAccess, cancellationToken);
        var countries = (await counts.TotalsAsync(signInCounts, Rollups.SignInRollup.Country, cancellationToken))
            .OrderByDescending(c => c.Value.Count).ThenBy(c => c.Key, StringComparer.Ordinal).Take(10).ToList();
        var uncovered = await ConditionalAccessService.UncoveredByAppAsync(counts, signInCounts, scope, 5, cancellationToken);
        var uncoveredUsers = await ConditionalAccessService.UncoveredByUserAsync(db, scope, 5, cancellationToken);
        var blocking = (await counts.TotalsAsync(signInCounts, Rollups.SignInRollup.BlockedBy, cancellationToken))
            .OrderByDescending(p => p.Value.Count).ThenBy(p => p.Key, StringComparer.Ordinal).Take(5).ToList();

        var top = await atRisk.OrderBy(u => u.RiskLevel == RiskLevels.High ? 0 : u.RiskLevel == RiskLevels.Medium ? 1 : 2).ThenByDescending(u => u.RiskLastUpdatedAt)
            .Take(10).ToListAsync(cancellationToken);
        var topIds = top.Select(u => u.SourceId).ToList();
        var recent = await db.IngestedRiskDetections.AsNoTracking().Where(d => ids.Contains(d.IntegrationId) && topIds.Contains(d.UserId!))
            .OrderByDescending(d => d.DetectedAt).Take(200)
            .Select(d => new { d.UserId, d.RiskEventType, d.RiskLevel, d.DetectedAt }).ToListAsync(cancellationToken);

        // Current state, like risky users: who can do MFA now, whatever the time range.
        var registrations = await db.IngestedUserRegistrations.AsNoTracking().Where(r => ids.Contains(r.IntegrationId))
            .GroupBy(r => new { r.IsMfaRegistered, r.IsAdmin, r.IsPasswordlessCapable })
            .Select(g => new { g.Key.IsMfaRegistered, g.Key.IsAdmin, g.Key.IsPasswordlessCapable, Count = g.LongCount() }).ToListAsync(cancellationToken);
        string Registrations(params (string, string?)[] filters) => DashboardLinks.Records(RecordCatalog.MfaRegistration, scope, filters);
        // The methods people registered: a few distinct combinations, counted per method (a user with two counts in both).
        var combinations = await db.IngestedUserRegistrations.AsNoTracking().Where(r => ids.Contains(r.IntegrationId) && r.MethodsRegistered != null && r.MethodsRegistered != "")
            .GroupBy(r => r.MethodsRegistered!).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken);
        var methods = combinations.SelectMany(c => c.Key.Split(',').Select(m => (Method: m, c.Count))).GroupBy(m => m.Method)
            .Select(g => (Method: g.Key, Count: g.Sum(m => m.Count))).OrderByDescending(m => m.Count).ThenBy(m => m.Method, StringComparer.Ordinal).ToList();

        // The second factor each user is actually asked for: what an attacker would have to phish.
        var inUse = await db.IngestedUserRegistrations.AsNoTracking().Where(r => ids.Contains(r.IntegrationId) && r.MfaMethodInUse != null)
            .GroupBy(r => r.MfaMethodInUse!).Select(g => new { Method = g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken);

        var failedCount = byHour.Where(r => r.Value != "0").Sum(r => r.Count);
        var blockedCount = outcomes.GetValueOrDefault(ConditionalAccessStatuses.Failure).Count;
        return new IdentityRisk(
            await coverage.GetAsync(scope, [StreamCatalog.SignIns], cancellationToken),
            await coverage.GetAsync(scope, [StreamCatalog.RiskyUsers], cancellationToken),
            await coverage.GetAsync(scope, [StreamCatalog.RiskDetections], cancellationToken),
            await coverage.GetAsync(scope, [StreamCatalog.ConditionalAccess], cancellationToken),
            [
                new("High-risk users", byLevel.Where(l => l.Key == RiskLevels.High).Sum(l => l.Count),
                    DashboardLinks.Records(RecordCatalog.RiskyUsers, scope, ("level", "high"), ("state", "at_risk"))),
                new("Risk detections", detectionGroups.Sum(g => g.Count), DashboardLinks.Records(RecordCatalog.RiskDetections, scope)),
                new("Failed sign-ins", failedCount, DashboardLinks.Records(RecordCatalog.SignIns, scope, ("result", "failure"))),
                new("Blocked by Conditional Access", blockedCount, DashboardLinks.Records(RecordCatalog.SignIns, scope, ("ca", "failure"))),
            ],
            [.. Levels.Select(l => new Count(DisplayNames.Of(l), byLevel.Where(b => b.Key == l).Sum(b => b.Count),
                DashboardLinks.Records(RecordCatalog.RiskyUsers, scope, ("level", l), ("state", "at_risk"))))],
            [.. byState.OrderByDescending(s => s.Count).Select(s => new Count(DisplayNames.Of(s.Key ?? "unknown"), s.Count,
                DashboardLinks.Records(RecordCatalog.RiskyUsers, scope, ("state", s.Key))))],
            new TimeSeries(buckets.Labels, detectionSeries),
            new TimeSeries(buckets.Labels, [SignInSeries(false, "Successful"), SignInSeries(true, "Failed")]),
            [.. failures.Select(f => new Count($"{f.Key}: {f.Value.Label}", f.Value.Count, DashboardLinks.Records(RecordCatalog.SignIns, scope, ("error", f.Key))))],
            [.. new[] { ConditionalAccessStatuses.Success, ConditionalAccessStatuses.Failure, ConditionalAccessStatuses.NotApplied }.Select(o => new Count(DisplayNames.Of(o), outcomes.GetValueOrDefault(o).Count,
                DashboardLinks.Records(RecordCatalog.SignIns, scope, ("ca", o))))],
            [.. blocking.Select(p => new Count(p.Value.Label ?? p.Key, p.Value.Count, DashboardLinks.Records(RecordCatalog.SignIns, scope, ("blocked_by", p.Key))))],
            [.. countries.Select(c => new Count(c.Key, c.Value.Count, DashboardLinks.Records(RecordCatalog.SignIns, scope, ("country", c.Key == "unknown" ? null : c.Key))))],
            [.. top.Select(u => new RiskyPerson(u.UserDisplayName ?? u.UserPrincipalName ?? u.SourceId, u.RiskLevel, u.RiskState, u.RiskLastUpdatedAt,
                DashboardLinks.User(u.IntegrationId, u.SourceId),
                [.. recent.Where(d => d.UserId == u.SourceId).Take(3).Select(d => new RecentDetection(d.RiskEventType, d.RiskLevel, d.DetectedAt))]))],
            await coverage.GetAsync(scope, [StreamCatalog.MfaRegistration], cancellationToken),
            [
                new("Users without MFA", registrations.Where(r => r.IsMfaRegistered == false).Sum(r => r.Count), Registrations(("mfa", "false"))),
                new("Admins without MFA", registrations.Where(r => r.IsMfaRegistered == false && r.IsAdmin == true).Sum(r => r.Count), Registrations(("mfa", "false"), ("admin", "true"))),
                new("Users with MFA", registrations.Where(r => r.IsMfaRegistered == true).Sum(r => r.Count), Registrations(("mfa", "true"))),
                new("Passwordless capable", registrations.Where(r => r.IsPasswordlessCapable == true).Sum(r => r.Count), Registrations(("passwordless", "true"))),
                new("Asked for a text or call", inUse.Where(m => DefaultMfaMethods.TextOrCall.Contains(m.Method)).Sum(m => m.Count),
                    Registrations(("method_in_use", RecordCatalog.MethodInUseTextOrCall))),
            ],
            uncovered,
            [.. methods.Select(m => new Count(DisplayNames.Of(m.Method), m.Count, Registrations(("method", m.Method))))],
            [.. inUse.OrderByDescending(m => m.Count).ThenBy(m => m.Method, StringComparer.Ordinal)
                .Select(m => new Count(DisplayNames.Of(m.Method), m.Count, Registrations(("method_in_use", m.Method))))],
            uncoveredUsers);
    }
}
