using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards.Rollups;

/// <summary>
/// Activity Log operations by the hour they ended: by verb, by resource type and verb, failed operations, callers
/// and role-assignment changes. An operation is one Administrative <c>operationId</c>, counted by its final event
/// (<see cref="ActivityQueries.Final"/>), so its Started and Succeeded events do not count twice. Events of
/// every category are counted apart, by category.
/// </summary>
public sealed class ActivityRollup : RollupMetric
{
    public const string Action = "action";
    public const string TypeAction = "type_action";
    public const string FailedOperation = "failed_operation";
    public const string Caller = "caller";
    public const string RoleAssignments = "role_assignments";

    /// <summary>Events (not operations) by category: Administrative, Policy, Security…</summary>
    public const string EventCategory = "event_category";

    public override string Name => StreamCatalog.ActivityLogs;

    public static string Key(string? resourceType, string? action) => $"{resourceType ?? "unknown"}|{action ?? "unknown"}";

    public override IEnumerable<DateTime> HoursOf(IngestionPage page) =>
        page.Batches.SelectMany(b => b.Records<ActivityLogRecord>()).Select(a => HourOf(a.EventTimestamp)).Distinct();

    public override async Task<List<RollupRow>> ComputeAsync(
        HomeBaseDbContext db, IReadOnlyList<string> integrationIds, DateTime from, DateTime to, CancellationToken cancellationToken)
    {
        var events = db.IngestedActivityLogs.AsNoTracking().Where(a => integrationIds.Contains(a.IntegrationId) && a.EventTimestamp >= from && a.EventTimestamp < to);
        var groups = await events.Final()
            .GroupBy(a => new { a.EventTimestamp.Date, a.EventTimestamp.Hour, a.Action, a.ResourceType, a.Status, a.OperationName, a.Caller })
            .Select(g => new
            {
                g.Key.Date, g.Key.Hour, g.Key.Action, g.Key.ResourceType, g.Key.Status, g.Key.OperationName, g.Key.Caller,
                // An operation that logs its final status twice (an asynchronous one) is still one operation.
                Count = g.Select(a => a.OperationId ?? a.SourceId).Distinct().LongCount(),
            })
            .ToListAsync(cancellationToken);
        var categories = await events.GroupBy(a => new { a.EventTimestamp.Date, a.EventTimestamp.Hour, a.Category })
            .Select(g => new { g.Key.Date, g.Key.Hour, g.Key.Category, Count = g.LongCount() }).ToListAsync(cancellationToken);
        var rows = new List<RollupRow>();
        var rolePrefix = RecordCatalog.RoleAssignmentOperations.TrimEnd('%');
        foreach (var hour in groups.GroupBy(g => HourOf(g.Date, g.Hour)))
        {
            rows.AddRange(hour.GroupBy(g => g.Action ?? "unknown").Select(a => new RollupRow(hour.Key, Action, a.Key, null, a.Sum(x => x.Count))));
            rows.AddRange(hour.GroupBy(g => Key(g.ResourceType, g.Action)).Select(t => new RollupRow(hour.Key, TypeAction, t.Key, null, t.Sum(x => x.Count))));
            rows.AddRange(hour.Where(g => g.Status == ActivityLogRecord.Failed).GroupBy(g => g.OperationName ?? "unknown")
                .Select(f => new RollupRow(hour.Key, FailedOperation, f.Key, null, f.Sum(x => x.Count))));
            rows.AddRange(hour.Where(g => g.Caller != null).GroupBy(g => g.Caller!).Select(c => new RollupRow(hour.Key, Caller, c.Key, null, c.Sum(x => x.Count))));
            var roleChanges = hour.Where(g => g.OperationName?.StartsWith(rolePrefix, StringComparison.OrdinalIgnoreCase) == true).Sum(g => g.Count);
            if (roleChanges > 0) rows.Add(new RollupRow(hour.Key, RoleAssignments, RoleAssignments, null, roleChanges));
        }
        rows.AddRange(categories.GroupBy(c => (Hour: HourOf(c.Date, c.Hour), Category: c.Category ?? ActivityLogRecord.Administrative))
            .Select(c => new RollupRow(c.Key.Hour, EventCategory, c.Key.Category, null, c.Sum(x => x.Count))));
        return rows;
    }
}
