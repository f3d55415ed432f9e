namespace HomeBase.Core.Ingestion.Records;

/// <summary>A regulatory compliance standard's state in one subscription, with its control counts.</summary>
public sealed class ComplianceStandardRecord : IngestedRecord, ISnapshotRecord
{
    public DateTime? LastSyncedAt { get; set; }

    public required string SubscriptionId { get; set; }

    public required string Name { get; set; }

    public string? State { get; set; }

    public int PassedControls { get; set; }

    public int FailedControls { get; set; }

    public int SkippedControls { get; set; }
}
