using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

/// <summary>
/// The activity dashboard from the Azure Activity Log: operations over time by verb, writes and deletes by
/// resource type, failed operations, top callers, and role-assignment changes called out. Every number counts
/// operations (one per Administrative operation, by its final status), not events; events of other categories
/// (Policy, Security…) are shown by category.
/// </summary>
public sealed class ActivityService(IDbContextFactory<HomeBaseDbContext> contexts, DataCoverage coverage, Rollups.ActivityRollup activityCounts)
{
    private static readonly string[] Actions = ["write", "delete", "action"];

    public async Task<ActivityDashboard> GetAsync(DashboardScope scope, CancellationToken cancellationToken = default)
    {
        var ids = scope.Ids;
        var (from, to) = (scope.Range.From, scope.Range.To);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var buckets = new TimeBuckets(scope.Range);
        var events = db.IngestedActivityLogs.AsNoTracking().Where(a => ids.Contains(a.IntegrationId) && a.EventTimestamp >= from && a.EventTimestamp < to);

        // Counted from the hourly rollups; only the latest role-assignment changes are read as records.
        var counts = new Rollups.RollupReader(db, ids, scope.Range);
        var overTime = (await counts.ByHourAsync(activityCounts, Rollups.ActivityRollup.Action, cancellationToken))
            .Select(r => (Action: r.Value, r.Hour, r.Count)).ToList();
        var byType = (await counts.TotalsAsync(activityCounts, Rollups.ActivityRollup.TypeAction, cancellationToken))
            .Select(t => (ResourceType: t.Key.Split('|')[0], Action: t.Key.Split('|')[1], t.Value.Count))
            .Where(t => t.Action is "write" or "delete").ToList();
        var failedByOperation = await counts.TotalsAsync(activityCounts, Rollups.ActivityRollup.FailedOperation, cancellationToken);
        var failed = failedByOperation.OrderByDescending(f => f.Value.Count).ThenBy(f => f.Key, StringComparer.Ordinal).Take(8).ToList();
        var failedCount = failedByOperation.Sum(f => f.Value.Count);
        var callers = (await counts.TotalsAsync(activityCounts, Rollups.ActivityRollup.Caller, cancellationToken))
            .OrderByDescending(c => c.Value.Count).ThenBy(c => c.Key, StringComparer.Ordinal).Take(10).ToList();
        var byCategory = await counts.TotalsAsync(activityCounts, Rollups.ActivityRollup.EventCategory, cancellationToken);
        var roleChanges = events.Final().Where(a => EF.Functions.Like(a.OperationName, RecordCatalog.RoleAssignmentOperations));
        var roleCount = (await counts.TotalsAsync(activityCounts, Rollups.ActivityRollup.RoleAssignments, cancellationToken)).Sum(r => r.Value.Count);
        var recentRoleChanges = await roleChanges.OrderByDescending(a => a.EventTimestamp).Take(10)
            .Select(a => new { a.IntegrationId, a.EventTimestamp, a.OperationName, a.Caller, a.Status, a.ResourceId }).ToListAsync(cancellationToken);

        string Link(params (string, string?)[] filters) => DashboardLinks.Records(RecordCatalog.ActivityLogs, scope, [("stage", "final"), .. filters]);
        return new ActivityDashboard(
            await coverage.GetAsync(scope, [StreamCatalog.ActivityLogs], cancellationToken),
            [
                new("Operations", overTime.Sum(o => o.Count), Link()),
                new("Deletes", overTime.Where(o => o.Action == "delete").Sum(o => o.Count), Link(("action", "delete"))),
                new("Failed operations", failedCount, Link(("status", "Failed"))),
                new("Role-assignment changes", roleCount, Link(("focus", "role_assignments"))),
            ],
            new TimeSeries(buckets.Labels, [.. Actions.Select(action => new Series(DisplayNames.Of(action),
                buckets.Fill(overTime.Where(o => o.Action == action).Select(o => (buckets.Bucket(o.Hour, o.Hour.Hour), o.Count))), Link(("action", action))))]),
            [.. byType.GroupBy(t => t.ResourceType).OrderByDescending(g => g.Sum(x => x.Count)).Take(10)
                .Select(g => new ResourceTypeChanges(g.Key, g.Where(x => x.Action == "write").Sum(x => x.Count), g.Where(x => x.Action == "delete").Sum(x => x.Count),
                    Link(("resource_type", g.Key), ("action", "write")), Link(("resource_type", g.Key), ("action", "delete"))))],
            [.. failed.Select(f => new Count(f.Key, f.Value.Count, Link(("status", "Failed"), ("operation", f.Key))))],
            [.. callers.Select(c => new Count(c.Key, c.Value.Count, Link(("caller", c.Key))))],
            [.. byCategory.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => new Count(DisplayNames.Of(c.Key), c.Value.Count, DashboardLinks.Records(RecordCatalog.ActivityLogs, scope, ("category", c.Key))))],
            [.. recentRoleChanges.Select(r => new RoleAssignmentChange(r.EventTimestamp, r.OperationName, r.Caller, r.Status, r.ResourceId,
                r.Caller is { } caller && caller.Contains('@') ? DashboardLinks.User(r.IntegrationId, caller) : null))]);
    }
}
