using HomeBase.Core.Ingestion.Records;

namespace HomeBase.Core.Dashboards.Records;

/// <summary>The Activity Log events that stand for operations, written once for the rollup and the records it links to.</summary>
public static class ActivityQueries
{
    /// <summary>
    /// The final event of each Administrative operation (<c>Succeeded</c> or <c>Failed</c>; events stored before the
    /// category was read have none and were all Administrative): the one event an operation is counted by.
    /// </summary>
    public static IQueryable<ActivityLogRecord> Final(this IQueryable<ActivityLogRecord> events) =>
        events.Where(a => (a.Category == null || a.Category == ActivityLogRecord.Administrative)
            && (a.Status == ActivityLogRecord.Succeeded || a.Status == ActivityLogRecord.Failed));
}
