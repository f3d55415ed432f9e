namespace HomeBase.Core.Ingestion;

/// <summary>
/// How far a stream's first sync has come, while it runs: what the run has stored, and for streams of events the days
/// of the backfill window its records cover so far, with an estimate of the time left from the pace until now.
/// </summary>
/// <param name="StartedAt">When the running run started.</param>
/// <param name="Pages">Microsoft's pages the run has stored.</param>
/// <param name="RecordsAdded">Records the run has added.</param>
/// <param name="WindowFrom">The start of the backfill window (events streams only): the first sync reads back to it.</param>
/// <param name="CoveredFrom">The oldest event stored so far.</param>
/// <param name="CoveredTo">The newest event stored so far.</param>
/// <param name="Covered">The share of the window the stored events span, 0 to 1.</param>
/// <param name="RemainingSeconds">The time left at the pace so far; none until there is a pace to go by.</param>
public sealed record FirstSyncProgress(
    DateTime StartedAt, int Pages, int RecordsAdded, DateTime? WindowFrom, DateTime? CoveredFrom, DateTime? CoveredTo, double? Covered, long? RemainingSeconds)
{
    /// <summary>Below this share an estimate is noise: the first page says little about the rest.</summary>
    public const double LeastShareToEstimate = 0.02;

    public static FirstSyncProgress Of(StreamRun run, DateTime now, DateTime? windowFrom, (DateTime? Oldest, DateTime? Newest) span)
    {
        double? covered = null;
        long? remaining = null;
        if (windowFrom is { } from && span is { Oldest: { } oldest, Newest: { } newest } && now > from)
        {
            // The read starts at one end of the window (newest first for Graph, oldest first for Activity Logs):
            // either way the stored events span the part already read.
            covered = Math.Clamp((newest - oldest).TotalSeconds / (now - from).TotalSeconds, 0, 1);
            var elapsed = (now - run.StartedAt).TotalSeconds;
            if (covered >= LeastShareToEstimate && covered < 1 && elapsed > 0) remaining = (long)Math.Ceiling(elapsed * (1 - covered.Value) / covered.Value);
        }
        return new FirstSyncProgress(run.StartedAt, run.Pages, run.RecordsAdded, windowFrom, span.Oldest, span.Newest, covered, remaining);
    }
}
