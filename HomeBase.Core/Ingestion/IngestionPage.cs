namespace HomeBase.Core.Ingestion;

/// <summary>
/// One page a connector read: its records, and the cursor state that holds once they are stored. The runner
/// commits both in one transaction, so the cursor never moves past records that are not stored.
/// </summary>
public sealed record IngestionPage(IReadOnlyList<RecordBatch> Batches, string? CursorState, DateTime? LatestEventTime)
{
    public int RecordCount => Batches.Sum(b => b.Count);

    /// <summary>How many pages of the source this is: more than one when pages already fetched are stored together.</summary>
    public int SourcePages { get; init; } = 1;

    /// <summary>
    /// Consecutive pages as one: their batches in order, and the last page's cursor, which holds once all of them
    /// are stored. Committing them in one transaction keeps the cursor and the records together as before.
    /// </summary>
    public static IngestionPage Merge(IReadOnlyList<IngestionPage> pages) => pages.Count == 1 ? pages[0] :
        new([.. pages.SelectMany(p => p.Batches)], pages[^1].CursorState, pages.Max(p => p.LatestEventTime)) { SourcePages = pages.Sum(p => p.SourcePages) };
}
