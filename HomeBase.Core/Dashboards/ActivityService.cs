using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Persistence;
using HomeBase.Core.Streams;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

public sealed record ResourceTypeChanges(string ResourceType, long Writes, long Deletes, string WritesHref, string DeletesHref);

public sealed record RoleAssignmentChange(DateTime At, string? Operation, string? Caller, string? Status, string? ResourceId, string? CallerHref);

public sealed record ActivityDashboard(
    Coverage Coverage, IReadOnlyList<Count> Headlines, TimeSeries OverTime, IReadOnlyList<ResourceTypeChanges> ByResourceType,
    IReadOnlyList<Count> FailedOperations, IReadOnlyList<Count> TopCallers, IReadOnlyList<RoleAssignmentChange> RoleAssignmentChanges);

/// <summary>
/// The activity dashboard from the Azure Activity Log: operations over time by verb, writes and deletes by
/// resource type, failed operations, top callers, and role-assignment changes called out.
/// </summary>
public sealed class ActivityService(IDbContextFactory<HomeBaseDbContext> contexts, DataCoverage coverage)
{
    private static readonly string[] Actions = ["write", "delete", "action"];

    public async Task<ActivityDashboard> GetAsync(DashboardScope scope, CancellationToken cancellationToken = default)
    {
        var ids = scope.Ids;
        var (from, to) = (scope.Range.From, scope.Range.To);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var buckets = new TimeBuckets(scope.Range);
        var events = db.IngestedActivityLogs.AsNoTracking().Where(a => ids.Contains(a.IntegrationId) && a.EventTimestamp >= from && a.EventTimestamp < to);

        var overTime = await events.GroupBy(a => new { a.Action, a.EventTimestamp.Date, a.EventTimestamp.Hour })
            .Select(g => new { g.Key.Action, g.Key.Date, g.Key.Hour, Count = g.LongCount() }).ToListAsync(cancellationToken);
        var byType = await events.Where(a => a.Action == "write" || a.Action == "delete").GroupBy(a => new { a.ResourceType, a.Action })
            .Select(g => new { g.Key.ResourceType, g.Key.Action, Count = g.LongCount() }).ToListAsync(cancellationToken);
        var failed = await events.Where(a => a.Status == "Failed").GroupBy(a => a.OperationName)
            .Select(g => new { g.Key, Count = g.LongCount() }).OrderByDescending(g => g.Count).Take(8).ToListAsync(cancellationToken);
        var failedCount = await events.LongCountAsync(a => a.Status == "Failed", cancellationToken);
        var callers = await events.Where(a => a.Caller != null).GroupBy(a => a.Caller)
            .Select(g => new { g.Key, Count = g.LongCount() }).OrderByDescending(g => g.Count).ThenBy(g => g.Key).Take(10).ToListAsync(cancellationToken);
        var roleChanges = events.Where(a => EF.Functions.Like(a.OperationName, RecordCatalog.RoleAssignmentOperations));
        var roleCount = await roleChanges.LongCountAsync(cancellationToken);
        var recentRoleChanges = await roleChanges.OrderByDescending(a => a.EventTimestamp).Take(10)
            .Select(a => new { a.IntegrationId, a.EventTimestamp, a.OperationName, a.Caller, a.Status, a.ResourceId }).ToListAsync(cancellationToken);

        string Link(params (string, string?)[] filters) => DashboardLinks.Records(RecordCatalog.ActivityLogs, scope, filters);
        return new ActivityDashboard(
            await coverage.GetAsync(scope, [StreamCatalog.ActivityLogs], cancellationToken),
            [
                new("Operations", overTime.Sum(o => o.Count), Link()),
                new("Deletes", overTime.Where(o => o.Action == "delete").Sum(o => o.Count), Link(("action", "delete"))),
                new("Failed operations", failedCount, Link(("status", "Failed"))),
                new("Role-assignment changes", roleCount, Link(("focus", "role_assignments"))),
            ],
            new TimeSeries(buckets.Labels, [.. Actions.Select(action => new Series(action,
                buckets.Fill(overTime.Where(o => o.Action == action).Select(o => (buckets.Bucket(o.Date, o.Hour), o.Count))), Link(("action", action))))]),
            [.. byType.GroupBy(t => t.ResourceType ?? "unknown").OrderByDescending(g => g.Sum(x => x.Count)).Take(10)
                .Select(g => new ResourceTypeChanges(g.Key, g.Where(x => x.Action == "write").Sum(x => x.Count), g.Where(x => x.Action == "delete").Sum(x => x.Count),
                    Link(("resource_type", g.Key), ("action", "write")), Link(("resource_type", g.Key), ("action", "delete"))))],
            [.. failed.Select(f => new Count(f.Key ?? "unknown", f.Count, Link(("status", "Failed"), ("operation", f.Key))))],
            [.. callers.Select(c => new Count(c.Key!, c.Count, Link(("caller", c.Key))))],
            [.. recentRoleChanges.Select(r => new RoleAssignmentChange(r.EventTimestamp, r.OperationName, r.Caller, r.Status, r.ResourceId,
                r.Caller is { } caller && caller.Contains('@') ? DashboardLinks.User(r.IntegrationId, caller) : null))]);
    }
}
