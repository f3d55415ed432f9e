namespace HomeBase.Core.Ingestion.Records;

/// <summary>A risky sign-in or user detection from <c>/identityProtection/riskDetections</c>.</summary>
public sealed class RiskDetectionRecord : IngestedRecord
{
    public string? RiskEventType { get; set; }

    public string? RiskLevel { get; set; }

    public string? RiskState { get; set; }

    public string? UserId { get; set; }

    public string? UserPrincipalName { get; set; }

    public string? IpAddress { get; set; }

    public string? CountryOrRegion { get; set; }

    public DateTime? DetectedAt { get; set; }

    public DateTime? LastUpdatedAt { get; set; }

    public override DateTime? EventTime => LastUpdatedAt ?? DetectedAt;
}
