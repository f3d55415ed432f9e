using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

/// <summary>
/// The User 360 page: a person's profile and groups, risk and detections, sign-ins in the range, alerts that
/// name them and the devices those alerts name. The key is the Entra object id or the user principal name.
/// </summary>
public sealed class UserProfileService(IDbContextFactory<HomeBaseDbContext> contexts)
{
    public async Task<UserProfile?> GetAsync(DashboardScope scope, string integrationId, string key, CancellationToken cancellationToken = default)
    {
        if (scope.Available.All(i => i.Id != integrationId) || string.IsNullOrWhiteSpace(key)) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lower = key.ToLowerInvariant();
        var byName = key.Contains('@');

        var directory = await db.IngestedUsers.AsNoTracking().Where(u => u.IntegrationId == integrationId)
            .Where(u => byName ? u.UserPrincipalName!.ToLower() == lower : u.SourceId == key).FirstOrDefaultAsync(cancellationToken);
        var risk = await db.IngestedRiskyUsers.AsNoTracking().Where(u => u.IntegrationId == integrationId)
            .Where(u => byName ? u.UserPrincipalName!.ToLower() == lower : u.SourceId == key).FirstOrDefaultAsync(cancellationToken);
        var userId = directory?.SourceId ?? risk?.SourceId ?? (byName ? null : key);
        var upn = directory?.UserPrincipalName ?? risk?.UserPrincipalName ?? (byName ? key : null);
        if (userId is null && upn is not null)
        {
            userId = await db.IngestedSignIns.AsNoTracking().Where(s => s.IntegrationId == integrationId && s.UserPrincipalName == upn)
                .Select(s => s.UserId).FirstOrDefaultAsync(cancellationToken);
        }
        if (upn is null && userId is not null)
        {
            upn = await db.IngestedSignIns.AsNoTracking().Where(s => s.IntegrationId == integrationId && s.UserId == userId)
                .Select(s => s.UserPrincipalName).FirstOrDefaultAsync(cancellationToken);
        }

        var groups = userId is null ? [] : await (
            from m in db.IngestedGroupMembers.AsNoTracking()
            join g in db.IngestedGroups.AsNoTracking() on new { m.IntegrationId, SourceId = m.GroupId } equals new { g.IntegrationId, g.SourceId }
            where m.IntegrationId == integrationId && m.MemberId == userId && m.DeletedAt == null && g.DeletedAt == null
            orderby g.DisplayName
            select g.DisplayName ?? g.SourceId).ToListAsync(cancellationToken);

        // Everything in the page's time range, so that each count matches the records its link opens.
        var (from, to) = (scope.Range.From, scope.Range.To);
        var detections = db.IngestedRiskDetections.AsNoTracking()
            .Where(d => d.IntegrationId == integrationId && d.UserId == userId && d.DetectedAt >= from && d.DetectedAt < to);
        var signIns = db.IngestedSignIns.AsNoTracking().Where(s => s.IntegrationId == integrationId && s.UserId == userId && s.CreatedAt >= from && s.CreatedAt < to);
        // The person's alerts by the index of the people alerts name (by UPN or object id), checked against the
        // alert's own evidence. An on-premises account name alone never matches a person.
        var (start, end) = (from, to);
        var keys = new[] { upn?.ToLowerInvariant(), userId?.ToLowerInvariant() }.OfType<string>().Distinct().ToList();
        var (upnKey, idKey) = (upn is null ? "\u0001" : AlertRecord.Match(upn), userId is null ? "\u0001" : AlertRecord.Match(userId));
        var alerts = keys.Count == 0 ? db.IngestedAlerts.Where(_ => false) :
            (from link in db.IngestedAlertUsers.AsNoTracking()
             join alert in db.IngestedAlerts.AsNoTracking() on new { link.IntegrationId, SourceId = link.AlertId } equals new { alert.IntegrationId, alert.SourceId }
             where link.IntegrationId == integrationId && keys.Contains(link.UserKey) && link.CreatedAt >= start && link.CreatedAt < end
                 && (EF.Functions.Like(alert.UserPrincipalNames, upnKey) || EF.Functions.Like(alert.UserIds, idKey))
             select alert);
        // One pass over the range's alerts finds the person's: their count, the latest, and the devices they name.
        var named = await alerts.OrderByDescending(a => a.CreatedAt)
            .Select(a => new { a.IntegrationId, a.SourceId, a.Title, a.Severity, a.Status, a.Categories, a.CreatedAt, a.DeviceIds }).ToListAsync(cancellationToken);
        // An alert naming the person by both UPN and object id comes through the index twice.
        named = [.. named.DistinctBy(a => a.SourceId)];
        var deviceIds = named.SelectMany(a => AlertRecord.Unwrap(a.DeviceIds)).Distinct().Take(200).ToList();
        var devices = await db.IngestedMachines.AsNoTracking().Where(m => m.IntegrationId == integrationId && deviceIds.Contains(m.SourceId.ToLower()))
            .OrderBy(m => m.ComputerDnsName).ToListAsync(cancellationToken);

        if (directory is null && risk is null && upn is null && !await signIns.AnyAsync(cancellationToken)) return null;
        var person = scope with { IntegrationId = integrationId };
        var userKey = userId ?? upn!;
        // Authentication methods and directory roles are keyed on the object id.
        var registration = userId is null ? null : await db.IngestedUserRegistrations.AsNoTracking()
            .FirstOrDefaultAsync(r => r.IntegrationId == integrationId && r.SourceId == userId, cancellationToken);
        var activity = userId is null ? null : await db.IngestedSignInActivity.AsNoTracking()
            .FirstOrDefaultAsync(r => r.IntegrationId == integrationId && r.SourceId == userId, cancellationToken);
        var roles = userId is null ? [] : await db.IngestedRoleAssignments.AsNoTracking()
            .Where(a => a.IntegrationId == integrationId && a.PrincipalId == userId).Select(a => a.RoleName ?? a.RoleDefinitionId).Distinct().ToListAsync(cancellationToken);
        // Roles they can activate with PIM count too: one approval away from holding them.
        var eligible = userId is null ? [] : await db.IngestedRoleEligibilities.AsNoTracking()
            .Where(e => e.IntegrationId == integrationId && e.PrincipalId == userId).Select(e => e.RoleName ?? e.RoleDefinitionId).Distinct().ToListAsync(cancellationToken);
        roles.AddRange(eligible.Select(role => $"{role} (eligible)"));
        return new UserProfile(integrationId, scope.NameOf(integrationId), userId, upn, directory?.DisplayName ?? risk?.UserDisplayName ?? upn ?? userKey,
            directory, groups, risk,
            await detections.OrderByDescending(d => d.DetectedAt).Take(10).ToListAsync(cancellationToken), await detections.LongCountAsync(cancellationToken),
            DashboardLinks.Records(RecordCatalog.RiskDetections, person, ("user", userKey)),
            await signIns.OrderByDescending(s => s.CreatedAt).Take(10).ToListAsync(cancellationToken), await signIns.LongCountAsync(cancellationToken),
            await signIns.LongCountAsync(s => s.ErrorCode != 0, cancellationToken),
            DashboardLinks.Records(RecordCatalog.SignIns, person, ("user", userKey)),
            [.. named.Take(10).Select(a => new AlertSummary(a.Title ?? a.SourceId, a.Severity, a.Status, AlertRecord.ShowCategories(a.Categories), a.CreatedAt, DashboardLinks.Alert(a.IntegrationId, a.SourceId)))],
            named.Count,
            DashboardLinks.Records(RecordCatalog.Alerts, person, ("user", string.Join(',', keys))),
            [.. devices.Select(m => new UserDevice(m.ComputerDnsName ?? m.SourceId, m.OsPlatform, m.ExposureLevel, DashboardLinks.Device(m.IntegrationId, m.SourceId)))],
            registration, [.. roles.Order(StringComparer.OrdinalIgnoreCase)], activity);
    }
}
