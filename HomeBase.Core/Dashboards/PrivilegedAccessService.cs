using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

/// <summary>
/// Privileged access: the directory role assignments of the scope's integrations, grouped by role with Global
/// Administrator first, and the holders an admin should look at twice (disabled accounts, service principals). Current
/// state: the time range does not narrow it.
/// </summary>
public sealed class PrivilegedAccessService(IDbContextFactory<HomeBaseDbContext> contexts, DataCoverage coverage)
{
    public async Task<PrivilegedAccess> GetAsync(DashboardScope scope, CancellationToken cancellationToken = default)
    {
        var ids = scope.Ids;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // A tenant has tens of assignments and eligibilities, a large one a few hundred: read them whole.
        var assignments = await db.IngestedRoleAssignments.AsNoTracking().Where(a => ids.Contains(a.IntegrationId)).ToListAsync(cancellationToken);
        var eligibilities = await db.IngestedRoleEligibilities.AsNoTracking().Where(e => ids.Contains(e.IntegrationId)).ToListAsync(cancellationToken);
        // PIM's instance of each assignment (with Entra ID P2): whether it ends, and whether it is an activation.
        var schedules = (await db.IngestedRoleAssignmentSchedules.AsNoTracking().Where(s => ids.Contains(s.IntegrationId) && s.RoleAssignmentOriginId != null)
            .ToListAsync(cancellationToken))
            .GroupBy(s => (s.IntegrationId, s.RoleAssignmentOriginId!)).ToDictionary(g => g.Key, g => g.First());
        var pimRead = schedules.Keys.Select(k => k.IntegrationId).ToHashSet();
        RoleAssignmentScheduleRecord? ScheduleOf(RoleGrantRecord a) => a is RoleAssignmentRecord ? schedules.GetValueOrDefault((a.IntegrationId, a.SourceId)) : null;
        var grants = assignments.Cast<RoleGrantRecord>().Concat(eligibilities).ToList();
        var lastSignIns = new Dictionary<(string, string), DateTime?>();
        foreach (var user in grants.Where(a => a.PrincipalType == "user").Select(a => (a.IntegrationId, a.PrincipalId)).Distinct())
        {
            // One seek on (IntegrationId, UserId, CreatedAt) per person.
            lastSignIns[user] = await db.IngestedSignIns.AsNoTracking().Where(s => s.IntegrationId == user.IntegrationId && s.UserId == user.PrincipalId)
                .MaxAsync(s => (DateTime?)s.CreatedAt, cancellationToken);
        }

        var userIds = grants.Where(a => a.PrincipalType == "user").Select(a => a.PrincipalId).Distinct().ToList();
        var mfa = (await db.IngestedUserRegistrations.AsNoTracking().Where(r => ids.Contains(r.IntegrationId) && userIds.Contains(r.SourceId))
            .Select(r => new { r.IntegrationId, r.SourceId, r.IsMfaRegistered }).ToListAsync(cancellationToken))
            .ToDictionary(r => (r.IntegrationId, r.SourceId), r => r.IsMfaRegistered);

        string Records(params (string, string?)[] filters) => DashboardLinks.Records(RecordCatalog.RoleAssignments, scope, filters);
        string Eligible(params (string, string?)[] filters) => DashboardLinks.Records(RecordCatalog.RoleEligibility, scope, filters);
        RoleHolder Holder(RoleGrantRecord a) => new(
            a.PrincipalName ?? a.PrincipalId,
            DisplayNames.Of(a.PrincipalType ?? "unknown"),
            a.PrincipalUserPrincipalName ?? a.PrincipalAppId,
            a.PrincipalAccountEnabled,
            a.DirectoryScopeId is null or "/" ? "Whole directory" : a.DirectoryScopeId,
            lastSignIns.GetValueOrDefault((a.IntegrationId, a.PrincipalId)),
            mfa.GetValueOrDefault((a.IntegrationId, a.PrincipalId)),
            a.PrincipalType == "user" ? DashboardLinks.User(a.IntegrationId, a.PrincipalId) : null,
            scope.NameOf(a.IntegrationId),
            a is RoleEligibilityRecord,
            (a as RoleEligibilityRecord)?.EndAt,
            ScheduleOf(a)?.EndAt,
            ScheduleOf(a)?.AssignmentType == RoleAssignmentScheduleRecord.Activated,
            pimRead.Contains(a.IntegrationId));
        var roles = grants
            .GroupBy(a => a.RoleDefinitionId, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(role => IsGlobalAdministrator(role.First())).ThenByDescending(role => role.Count())
            .ThenBy(role => role.First().RoleName ?? role.Key, StringComparer.OrdinalIgnoreCase)
            .Select(role =>
            {
                var first = role.First();
                // Those who hold the role now first, then those who can activate it.
                var members = role.OrderBy(a => a is RoleEligibilityRecord).ThenBy(a => a.PrincipalName ?? a.PrincipalId, StringComparer.OrdinalIgnoreCase)
                    .Select(Holder).ToList();
                var name = first.RoleName ?? $"Role {first.RoleDefinitionId}";
                var eligible = members.Count(m => m.Eligible);
                return new RoleHolders(name, first.RoleIsBuiltIn, new Count(name, members.Count - eligible, Records(("role", first.RoleDefinitionId))), members,
                    eligible == 0 ? null : new Count(name, eligible, Eligible(("role", first.RoleDefinitionId))));
            })
            .ToList();

        return new PrivilegedAccess(
            await coverage.GetAsync(scope, [StreamCatalog.RoleAssignments, StreamCatalog.RoleEligibility], cancellationToken),
            [
                new("Role assignments", assignments.Count, Records()),
                new("Global Administrators", assignments.Count(IsGlobalAdministrator), Records(("role", RoleAssignmentRecord.GlobalAdministratorTemplateId))),
                new("Global Administrators held for good", assignments.Count(a => IsGlobalAdministrator(a) && ScheduleOf(a)?.EndAt is null),
                    Records(("role", RoleAssignmentRecord.GlobalAdministratorTemplateId), ("held", RecordCatalog.HeldPermanently))),
                new("Eligible with PIM", eligibilities.Count, Eligible()),
                new("Activated with PIM now", assignments.Count(a => ScheduleOf(a)?.AssignmentType == RoleAssignmentScheduleRecord.Activated),
                    Records(("held", RecordCatalog.HeldActivated))),
                new("Disabled accounts holding a role", assignments.Count(a => a.PrincipalAccountEnabled == false), Records(("enabled", "false"))),
                new("Service principals holding a role", assignments.Count(a => a.PrincipalType == "servicePrincipal"), Records(("type", "servicePrincipal"))),
            ],
            roles);
    }

    /// <summary>By the definition id, as the records filter matches it: a built-in role's id is its template id.</summary>
    private static bool IsGlobalAdministrator(RoleGrantRecord assignment) =>
        string.Equals(assignment.RoleDefinitionId, RoleAssignmentRecord.GlobalAdministratorTemplateId, StringComparison.OrdinalIgnoreCase);
}
