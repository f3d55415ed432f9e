namespace HomeBase.Core.Ingestion.Records;

/// <summary>
/// One Defender for Endpoint security recommendation (<c>/api/recommendations</c>, docs/microsoft-apis.md §4.4): a software
/// update or configuration change, the devices it leaves exposed, and how much fixing it would lower the exposure score
/// (<see cref="ExposureImpact"/>) and raise the device secure score (<see cref="ConfigScoreImpact"/>). A snapshot, re-read in full.
/// </summary>
public sealed class SecurityRecommendationRecord : IngestedRecord, ISnapshotRecord
{
    public DateTime? LastSyncedAt { get; set; }

    public string? RecommendationName { get; set; }

    public string? ProductName { get; set; }

    public string? Vendor { get; set; }

    public string? RecommendedVersion { get; set; }

    /// <summary><c>Accounts</c>, <c>Application</c>, <c>Network</c>, <c>OS</c>, <c>SecurityControls</c>.</summary>
    public string? Category { get; set; }

    public string? SubCategory { get; set; }

    /// <summary><c>ConfigurationChange</c>, <c>Update</c>, <c>Upgrade</c>, <c>Uninstall</c>.</summary>
    public string? RemediationType { get; set; }

    /// <summary><c>Active</c> or <c>Exception</c>.</summary>
    public string? Status { get; set; }

    public double ExposureImpact { get; set; }

    public double ConfigScoreImpact { get; set; }

    public long Weaknesses { get; set; }

    public long ExposedMachinesCount { get; set; }

    public long TotalMachineCount { get; set; }

    public bool PublicExploit { get; set; }

    public bool ActiveAlert { get; set; }

    public string? RelatedComponent { get; set; }

    /// <summary>The threats Microsoft associates with it, comma-separated.</summary>
    public string? AssociatedThreats { get; set; }
}
