namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>
/// A time watermark, and while a run pages: the next page, the newest event time seen so far and the lower
/// bound the run started from (so a run restarted after its next link expired reads the same window).
/// </summary>
internal sealed record WatermarkState(DateTime? Watermark, string? NextLink, DateTime? PendingHighWater, DateTime? RunFrom = null)
{
    public static WatermarkState None { get; } = new(null, null, null);

    /// <summary>The state once a page is stored: mid-run, its next link and the newest time so far; after the last page, the new watermark.</summary>
    public WatermarkState After(DateTime? newestOnPage, string? nextLink, DateTime? runFrom)
    {
        var highWater = Later(PendingHighWater, newestOnPage);
        return nextLink is null
            ? new WatermarkState(Later(Watermark, highWater), null, null)
            : new WatermarkState(Watermark, nextLink, highWater, runFrom);
    }

    /// <summary>
    /// Where a run starts: an interrupted run's own start, else the watermark less the overlap, else the
    /// backfill window (null: read everything).
    /// </summary>
    public DateTime? StartFrom(DateTime now, int backfillDays, TimeSpan overlap, bool backfillWindow = true) =>
        RunFrom ?? (Watermark is { } watermark ? watermark - overlap : backfillWindow ? now.AddDays(-backfillDays) : null);

    /// <summary>Whether the run filters on the backfill field (a first run) rather than the watermark field.</summary>
    public bool IsFirstRun => Watermark is null;

    private static DateTime? Later(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
