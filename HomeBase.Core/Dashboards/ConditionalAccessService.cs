using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Dashboards.Rollups;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Ingestion.Values;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

/// <summary>
/// Conditional Access coverage: the policies (current state) and, for the range, the sign-ins each was enforced on and
/// the sign-ins no policy applied to, all from the hourly sign-in rollups, so each number equals its records' count.
/// </summary>
public sealed class ConditionalAccessService(IDbContextFactory<HomeBaseDbContext> contexts, DataCoverage coverage, SignInRollup signInCounts)
{
    public async Task<ConditionalAccessOverview> GetAsync(DashboardScope scope, CancellationToken cancellationToken = default)
    {
        var ids = scope.Ids;
        var (from, to) = (scope.Range.From, scope.Range.To);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var policies = await db.IngestedConditionalAccessPolicies.AsNoTracking().Where(p => ids.Contains(p.IntegrationId))
            .OrderBy(p => p.DisplayName).ThenBy(p => p.SourceId).ToListAsync(cancellationToken);
        var policyIds = policies.Select(p => p.SourceId).ToList();
        // A policy's changes are the directory audits that target it (filed under Conditional Access at ingestion).
        var audits = db.IngestedDirectoryAudits.AsNoTracking()
            .Where(a => ids.Contains(a.IntegrationId) && a.Area == DirectoryChangeAreas.ConditionalAccess && a.TargetId != null && policyIds.Contains(a.TargetId));
        var lastChanges = (await audits.GroupBy(a => new { a.IntegrationId, a.TargetId }).Select(g => new { g.Key.IntegrationId, g.Key.TargetId, At = g.Max(a => a.ActivityAt) })
                .ToListAsync(cancellationToken))
            .ToDictionary(c => (c.IntegrationId, c.TargetId!), c => c.At);
        var lastBy = new Dictionary<(string, string), string?>();
        foreach (var ((integration, policy), at) in lastChanges)
        {
            lastBy[(integration, policy)] = await audits.Where(a => a.IntegrationId == integration && a.TargetId == policy && a.ActivityAt == at)
                .Select(a => a.InitiatedBy).FirstOrDefaultAsync(cancellationToken);
        }
        var changesInRange = (await audits.Where(a => a.ActivityAt >= from && a.ActivityAt < to).GroupBy(a => new { a.IntegrationId, a.TargetId })
                .Select(g => new { g.Key.IntegrationId, g.Key.TargetId, Count = g.LongCount() }).ToListAsync(cancellationToken))
            .ToDictionary(c => (c.IntegrationId, c.TargetId!), c => c.Count);

        var counts = new RollupReader(db, ids, scope.Range);
        var applied = await counts.TotalsAsync(signInCounts, SignInRollup.Applied, cancellationToken);
        var outcomes = await counts.TotalsAsync(signInCounts, SignInRollup.ConditionalAccess, cancellationToken);
        var uncoveredApps = await UncoveredByAppAsync(counts, signInCounts, scope, 10, cancellationToken);
        var uncoveredUsers = await UncoveredByUserAsync(db, scope, 10, cancellationToken);
        var all = outcomes.Values.Sum(o => o.Count);
        var uncovered = outcomes.GetValueOrDefault(ConditionalAccessStatuses.NotApplied).Count;

        string SignIns(params (string, string?)[] filters) => DashboardLinks.Records(RecordCatalog.SignIns, scope, filters);
        string Policies(params (string, string?)[] filters) => DashboardLinks.Records(RecordCatalog.ConditionalAccessPolicies, scope, filters);
        return new ConditionalAccessOverview(
            await coverage.GetAsync(scope, [StreamCatalog.ConditionalAccess], cancellationToken),
            await coverage.GetAsync(scope, [StreamCatalog.SignIns], cancellationToken),
            [
                new("Policies on", policies.Count(p => p.State == "enabled"), Policies(("state", "enabled"))),
                new("Report-only", policies.Count(p => p.State == "enabledForReportingButNotEnforced"), Policies(("state", "enabledForReportingButNotEnforced"))),
                new("Off", policies.Count(p => p.State == "disabled"), Policies(("state", "disabled"))),
                new("Sign-ins no policy applied to", uncovered, SignIns(("ca", ConditionalAccessStatuses.NotApplied))),
            ],
            all == 0 ? null : 1.0 - (double)uncovered / all,
            [.. policies.Select(p =>
            {
                var key = (p.IntegrationId, p.SourceId);
                var changedAt = lastChanges.TryGetValue(key, out var at) ? at : p.ModifiedAt ?? p.CreatedAt;
                return new PolicySummary(p.DisplayName ?? p.SourceId, PolicyTargets.State(p.State), PolicyTargets.Describe(p.ConditionsJson), PolicyTargets.Grants(p.GrantControls),
                    changedAt, lastBy.GetValueOrDefault(key),
                    new Count("Changes", changesInRange.GetValueOrDefault(key), DashboardLinks.Records(RecordCatalog.DirectoryChanges, scope, ("target", p.SourceId))),
                    new Count("Sign-ins", applied.GetValueOrDefault(p.SourceId).Count, SignIns(("applied", p.SourceId))),
                    scope.NameOf(p.IntegrationId));
            })],
            uncoveredApps,
            uncoveredUsers);
    }

    /// <summary>How many of the latest sign-ins no policy applied to rank the users (per integration).</summary>
    public const int UncoveredUserSample = 2000;

    /// <summary>
    /// The users whose sign-ins no policy applied to, each opening those sign-ins. A month of a large tenant has hundreds of
    /// thousands of them, too many to group on every page load and too many users for an hourly rollup; so the users are
    /// ranked by the latest <see cref="UncoveredUserSample"/> of them (an index range read backwards), and each one's count
    /// is then counted exactly over the whole range (an index seek per user), so it equals the records it opens. Accounts
    /// a policy excludes (emergency access, service accounts) sign in steadily and so rank first.
    /// </summary>
    internal static async Task<List<Count>> UncoveredByUserAsync(HomeBaseDbContext db, DashboardScope scope, int top, CancellationToken cancellationToken)
    {
        var (from, to) = (scope.Range.From, scope.Range.To);
        var recent = new List<(string IntegrationId, string UserId, string? Name)>();
        foreach (var id in scope.Ids)
        {
            var latest = await db.IngestedSignIns.AsNoTracking()
                .Where(s => s.IntegrationId == id && s.CreatedAt >= from && s.CreatedAt < to && s.ConditionalAccessStatus == ConditionalAccessStatuses.NotApplied && s.UserId != null)
                .OrderByDescending(s => s.CreatedAt).Take(UncoveredUserSample)
                .Select(s => new { s.UserId, s.UserPrincipalName }).ToListAsync(cancellationToken);
            recent.AddRange(latest.Select(s => (id, s.UserId!, s.UserPrincipalName)));
        }
        var candidates = recent.GroupBy(s => (s.IntegrationId, s.UserId))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.UserId, StringComparer.Ordinal).Take(top)
            .Select(g => (g.Key.IntegrationId, g.Key.UserId, Name: g.Select(s => s.Name).FirstOrDefault(n => n is not null) ?? g.Key.UserId)).ToList();
        var users = new List<Count>();
        foreach (var (integrationId, userId, name) in candidates)
        {
            var count = await db.IngestedSignIns.AsNoTracking().LongCountAsync(s => s.IntegrationId == integrationId && s.UserId == userId
                && s.CreatedAt >= from && s.CreatedAt < to && s.ConditionalAccessStatus == ConditionalAccessStatuses.NotApplied, cancellationToken);
            users.Add(new Count(name, count, DashboardLinks.Records(RecordCatalog.SignIns, scope, ("ca", ConditionalAccessStatuses.NotApplied), ("user", userId))));
        }
        return [.. users.OrderByDescending(u => u.Value).ThenBy(u => u.Label, StringComparer.Ordinal)];
    }

    /// <summary>The apps with the most sign-ins no policy applied to, each opening those sign-ins (also on the identity dashboard).</summary>
    internal static async Task<List<Count>> UncoveredByAppAsync(RollupReader counts, SignInRollup signInCounts, DashboardScope scope, int top, CancellationToken cancellationToken) =>
        [.. (await counts.TotalsAsync(signInCounts, SignInRollup.UncoveredApp, cancellationToken))
            .OrderByDescending(a => a.Value.Count).ThenBy(a => a.Key, StringComparer.Ordinal).Take(top)
            .Select(a => new Count(a.Key, a.Value.Count, DashboardLinks.Records(RecordCatalog.SignIns, scope,
                ("ca", ConditionalAccessStatuses.NotApplied), ("app", a.Key == "unknown" ? null : a.Key))))];
}
