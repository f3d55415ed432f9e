using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

/// <summary>
/// The Directory page: counts of the scope's live users and groups, each the count of the records it opens, and the two
/// short lists an admin acts on first (disabled accounts still holding a role, groups holding one). Current state: the
/// time range does not narrow it.
/// </summary>
public sealed class DirectoryService(IDbContextFactory<HomeBaseDbContext> contexts, DataCoverage coverage, TimeProvider time)
{
    /// <summary>How long without a sign-in makes an account dormant: Microsoft's guide to inactive accounts uses 90 days.</summary>
    public static readonly TimeSpan InactiveAfter = TimeSpan.FromDays(90);

    public async Task<DirectoryOverview> GetAsync(DashboardScope scope, CancellationToken cancellationToken = default)
    {
        var ids = scope.Ids;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var users = db.IngestedUsers.AsNoTracking().Where(u => ids.Contains(u.IntegrationId) && u.DeletedAt == null);
        var groups = db.IngestedGroups.AsNoTracking().Where(g => ids.Contains(g.IntegrationId) && g.DeletedAt == null);
        // A tenant has tens of assignments, a large one a few hundred: read them whole.
        var assignments = await db.IngestedRoleAssignments.AsNoTracking().Where(a => ids.Contains(a.IntegrationId))
            .Select(a => new { a.IntegrationId, a.PrincipalId, a.PrincipalType, a.RoleName, a.RoleDefinitionId }).ToListAsync(cancellationToken);
        var rolesOf = assignments.GroupBy(a => (a.IntegrationId, a.PrincipalId))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(a => a.RoleName ?? a.RoleDefinitionId).Distinct().Order(StringComparer.OrdinalIgnoreCase)]);
        var holderIds = assignments.Where(a => a.PrincipalType == "user").Select(a => a.PrincipalId).Distinct().ToList();
        var groupIds = assignments.Where(a => a.PrincipalType == "group").Select(a => a.PrincipalId).Distinct().ToList();

        var disabledHolders = await users.Where(u => u.AccountEnabled == false && holderIds.Contains(u.SourceId))
            .OrderBy(u => u.DisplayName).ThenBy(u => u.SourceId).ToListAsync(cancellationToken);
        var privilegedGroups = await groups.Where(g => groupIds.Contains(g.SourceId)).OrderBy(g => g.DisplayName).ThenBy(g => g.SourceId).ToListAsync(cancellationToken);
        var privilegedGroupIds = privilegedGroups.Select(g => g.SourceId).ToList();
        var memberCounts = (await db.IngestedGroupMembers.AsNoTracking()
                .Where(m => ids.Contains(m.IntegrationId) && m.DeletedAt == null && privilegedGroupIds.Contains(m.GroupId))
                .GroupBy(m => new { m.IntegrationId, m.GroupId }).Select(g => new { g.Key.IntegrationId, g.Key.GroupId, Count = g.LongCount() })
                .ToListAsync(cancellationToken))
            .ToDictionary(m => (m.IntegrationId, m.GroupId), m => m.Count);
        var departments = await users.Where(u => u.Department != null).GroupBy(u => u.Department!)
            .Select(g => new { g.Key, Count = g.LongCount() }).OrderByDescending(g => g.Count).ThenBy(g => g.Key).Take(10).ToListAsync(cancellationToken);

        // Dormant accounts, from Microsoft's signInActivity: since the start of the day 90 days ago, so the link is a day.
        var since = time.GetUtcNow().UtcDateTime.Date - InactiveAfter;
        var sinceDay = since.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var dormant = db.IngestedSignInActivity.AsNoTracking().Where(r => ids.Contains(r.IntegrationId) && (r.LastActivityAt == null || r.LastActivityAt < since));
        string Activity(params (string, string?)[] filters) => DashboardLinks.Records(RecordCatalog.SignInActivity, scope, filters);
        Count[] inactive =
        [
            new("No sign-in for 90 days", await dormant.LongCountAsync(cancellationToken), Activity(("inactive_since", sinceDay))),
            new("Of them enabled", await dormant.LongCountAsync(r => r.AccountEnabled == true, cancellationToken), Activity(("inactive_since", sinceDay), ("enabled", "true"))),
            new("Never signed in", await dormant.LongCountAsync(r => r.LastActivityAt == null, cancellationToken), Activity(("never", "true"))),
        ];

        string Users(params (string, string?)[] filters) => DashboardLinks.Records(RecordCatalog.Users, scope, filters);
        string Groups(params (string, string?)[] filters) => DashboardLinks.Records(RecordCatalog.Groups, scope, filters);
        return new DirectoryOverview(
            await coverage.GetAsync(scope, [StreamCatalog.Users], cancellationToken),
            await coverage.GetAsync(scope, [StreamCatalog.Groups], cancellationToken),
            await coverage.GetAsync(scope, [StreamCatalog.SignInActivity], cancellationToken),
            [
                new("Users", await users.LongCountAsync(cancellationToken), Users()),
                new("Guests", await users.LongCountAsync(u => u.UserType == "Guest", cancellationToken), Users(("type", "Guest"))),
                new("Disabled accounts holding a role", disabledHolders.Count, Users(("enabled", "false"), ("role_holder", "true"))),
                new("Synced from on-premises", await users.LongCountAsync(u => u.OnPremisesSyncEnabled == true, cancellationToken), Users(("synced", "true"))),
                new("Groups", await groups.LongCountAsync(cancellationToken), Groups()),
                new("Groups holding a role", privilegedGroups.Count, Groups(("privileged", "true"))),
            ],
            inactive,
            [.. disabledHolders.Select(u => new DirectoryAccount(u.DisplayName ?? u.UserPrincipalName ?? u.SourceId, u.UserPrincipalName, u.UserType,
                rolesOf.GetValueOrDefault((u.IntegrationId, u.SourceId)) ?? [], scope.NameOf(u.IntegrationId), DashboardLinks.User(u.IntegrationId, u.SourceId)))],
            [.. privilegedGroups.Select(g => new PrivilegedGroup(g.DisplayName ?? g.SourceId, rolesOf.GetValueOrDefault((g.IntegrationId, g.SourceId)) ?? [],
                memberCounts.GetValueOrDefault((g.IntegrationId, g.SourceId)), scope.NameOf(g.IntegrationId)))],
            [.. departments.Select(d => new Count(d.Key, d.Count, Users(("department", d.Key))))]);
    }
}
