namespace HomeBase.Core.Ingestion.Records;

/// <summary>One control of a compliance standard in one subscription, with its assessment counts.</summary>
public sealed class ComplianceControlRecord : IngestedRecord, ISnapshotRecord
{
    public DateTime? LastSyncedAt { get; set; }

    public required string SubscriptionId { get; set; }

    public required string StandardName { get; set; }

    public required string ControlName { get; set; }

    public string? Description { get; set; }

    public string? State { get; set; }

    public int PassedAssessments { get; set; }

    public int FailedAssessments { get; set; }

    public int SkippedAssessments { get; set; }
}
