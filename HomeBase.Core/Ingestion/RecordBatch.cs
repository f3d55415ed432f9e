using HomeBase.Core.Ingestion.Records;

namespace HomeBase.Core.Ingestion;

/// <summary>Records of one kind to write with a page: upserts, or removals of directory objects.</summary>
public abstract class RecordBatch
{
    public abstract int Count { get; }

    /// <summary>True for writes that act on stored rows directly, and so must follow the page's own saved changes.</summary>
    internal virtual bool AfterSave => false;

    /// <summary>False for rows kept alongside a stream's records: what they change is stored, but not counted as the stream's.</summary>
    internal virtual bool Counted => true;

    internal abstract Task<WriteCounts> WriteAsync(RecordWriter writer, CancellationToken cancellationToken);

    /// <summary>The upserted records of one kind (none for removals).</summary>
    public abstract IEnumerable<TRecord> Records<TRecord>() where TRecord : IngestedRecord;

    public static RecordBatch Upsert<T>(IReadOnlyList<T> records) where T : IngestedRecord => new Upserts<T>(records);

    /// <summary>Rows kept alongside a stream's records (an index of them, a daily reading): written with the page, not counted as the stream's records.</summary>
    public static RecordBatch UpsertUncounted<T>(IReadOnlyList<T> records) where T : IngestedRecord => new Uncounted(new Upserts<T>(records));

    public static RecordBatch Remove<T>(IReadOnlyList<string> sourceIds) where T : IngestedRecord, IDeletableRecord => new Removals<T>(sourceIds);

    /// <summary>Ends a full read of a snapshot: what it did not report since it started is removed.</summary>
    public static RecordBatch DeleteUnseenSince<T>(DateTime fullReadStartedAt) where T : IngestedRecord, ISnapshotRecord =>
        new AfterSaveWrite((writer, cancellationToken) => writer.DeleteUnseenAsync<T>(fullReadStartedAt, cancellationToken));

    /// <summary>Ends a full delta read: what it did not report since it started is gone.</summary>
    public static RecordBatch RemoveUnseenSince<T>(DateTime fullReadStartedAt) where T : IngestedRecord, IDeletableRecord =>
        new AfterSaveWrite((writer, cancellationToken) => writer.MarkUnseenDeletedAsync<T>(fullReadStartedAt, cancellationToken));

    private sealed class Upserts<T>(IReadOnlyList<T> records) : RecordBatch where T : IngestedRecord
    {
        public override int Count => records.Count;

        public override IEnumerable<TRecord> Records<TRecord>() => records.OfType<TRecord>();

        internal override Task<WriteCounts> WriteAsync(RecordWriter writer, CancellationToken cancellationToken) =>
            writer.UpsertAsync(records, cancellationToken);
    }

    private sealed class Removals<T>(IReadOnlyList<string> sourceIds) : RecordBatch where T : IngestedRecord, IDeletableRecord
    {
        public override int Count => sourceIds.Count;

        public override IEnumerable<TRecord> Records<TRecord>() => [];

        internal override Task<WriteCounts> WriteAsync(RecordWriter writer, CancellationToken cancellationToken) =>
            writer.MarkDeletedAsync<T>(sourceIds, cancellationToken);
    }

    private sealed class Uncounted(RecordBatch inner) : RecordBatch
    {
        public override int Count => 0;

        internal override bool Counted => false;

        public override IEnumerable<TRecord> Records<TRecord>() => inner.Records<TRecord>();

        internal override Task<WriteCounts> WriteAsync(RecordWriter writer, CancellationToken cancellationToken) => inner.WriteAsync(writer, cancellationToken);
    }

    /// <summary>A write on stored rows (a sweep) that runs once the page's own changes are saved.</summary>
    private sealed class AfterSaveWrite(Func<RecordWriter, CancellationToken, Task<WriteCounts>> write) : RecordBatch
    {
        public override int Count => 0;

        internal override bool AfterSave => true;

        public override IEnumerable<TRecord> Records<TRecord>() => [];

        internal override Task<WriteCounts> WriteAsync(RecordWriter writer, CancellationToken cancellationToken) => write(writer, cancellationToken);
    }
}
