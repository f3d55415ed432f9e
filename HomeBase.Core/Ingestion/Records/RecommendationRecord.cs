namespace HomeBase.Core.Ingestion.Records;

/// <summary>A Defender for Cloud assessment of one resource (<c>Microsoft.Security/assessments</c>).</summary>
public sealed class RecommendationRecord : IngestedRecord, ISnapshotRecord
{
    public DateTime? LastSyncedAt { get; set; }

    public required string SubscriptionId { get; set; }

    public string? DisplayName { get; set; }

    /// <summary><c>Healthy</c>, <c>Unhealthy</c> or <c>NotApplicable</c>.</summary>
    public string? StatusCode { get; set; }

    public string? Severity { get; set; }

    public string? Categories { get; set; }

    public string? ResourceId { get; set; }
}
