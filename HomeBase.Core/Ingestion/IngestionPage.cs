namespace HomeBase.Core.Ingestion;

/// <summary>
/// One page a connector read: its records, and the cursor state that holds once they are stored. The runner
/// commits both in one transaction, so the cursor never moves past records that are not stored.
/// </summary>
public sealed record IngestionPage(IReadOnlyList<RecordBatch> Batches, string? CursorState, DateTime? LatestEventTime)
{
    public int RecordCount => Batches.Sum(b => b.Count);
}
