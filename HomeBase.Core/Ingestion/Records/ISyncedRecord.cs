namespace HomeBase.Core.Ingestion.Records;

/// <summary>A record that a full read reports whole, so what a completed full read did not report is gone.</summary>
public interface ISyncedRecord
{
    /// <summary>When a read last reported the record; not a change of the record itself.</summary>
    DateTime? LastSyncedAt { get; set; }
}
