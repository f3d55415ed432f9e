namespace HomeBase.Core.Ingestion.Records;

/// <summary>The Defender for Cloud secure score of one subscription: a snapshot, replaced each run.</summary>
public sealed class SecureScoreRecord : IngestedRecord, ISnapshotRecord
{
    public DateTime? LastSyncedAt { get; set; }

    public required string SubscriptionId { get; set; }

    public double Current { get; set; }

    public double Max { get; set; }

    public double Percentage { get; set; }
}
