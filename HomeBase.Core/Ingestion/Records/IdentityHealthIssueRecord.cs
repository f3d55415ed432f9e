namespace HomeBase.Core.Ingestion.Records;

/// <summary>
/// One Defender for Identity health issue (Graph <c>security/identities/healthIssues</c>): a sensor or tenant-wide
/// problem with Microsoft's recommendations and commands to fix it. Read in full each run, open and closed alike.
/// </summary>
public sealed class IdentityHealthIssueRecord : IngestedRecord, ISnapshotRecord
{
    public DateTime? LastSyncedAt { get; set; }

    public string? DisplayName { get; set; }

    public string? Description { get; set; }

    /// <summary><c>sensor</c> or <c>global</c>: Microsoft's example writes <c>Global</c>; stored in the schema's spelling.</summary>
    public string? HealthIssueType { get; set; }

    public string? IssueTypeId { get; set; }

    /// <summary><c>low</c>, <c>medium</c>, <c>high</c>.</summary>
    public string? Severity { get; set; }

    /// <summary><c>open</c>, <c>closed</c>, <c>suppressed</c>.</summary>
    public string? Status { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? LastModifiedAt { get; set; }

    /// <summary>The domains the issue affects, comma-separated.</summary>
    public string? DomainNames { get; set; }

    /// <summary>The sensors' DNS names the issue affects, comma-separated.</summary>
    public string? SensorDnsNames { get; set; }

    /// <summary>Microsoft's recommendations, one per line: sentences that contain commas.</summary>
    public string? Recommendations { get; set; }

    /// <summary>The PowerShell commands Microsoft recommends, one per line.</summary>
    public string? RecommendedActionCommands { get; set; }

    /// <summary>More detail, one item per line.</summary>
    public string? AdditionalInformation { get; set; }

    public const string Open = "open";

    public const int TextMaxLength = 4000;
}
