namespace HomeBase.Core.Ingestion.Records;

/// <summary>
/// One Microsoft Secure Score control (<c>secureScoreControlProfile</c>): what it is worth (<see cref="MaxScore"/>), what the
/// tenant has of it today (<see cref="Score"/>, from the newest <c>secureScore</c>'s <c>controlScores</c>), the product that
/// owns it and how to fix it. A snapshot, re-read in full.
/// </summary>
public sealed class SecureScoreControlRecord : IngestedRecord, ISnapshotRecord
{
    public DateTime? LastSyncedAt { get; set; }

    public string? Title { get; set; }

    /// <summary><c>Identity</c>, <c>Data</c>, <c>Device</c>, <c>Apps</c>, <c>Infrastructure</c>.</summary>
    public string? ControlCategory { get; set; }

    /// <summary>The service that owns the control (Microsoft's examples: <c>Exchange</c>, <c>Sharepoint</c>, <c>Microsoft Entra ID</c>, <c>IP</c>).</summary>
    public string? Service { get; set; }

    public double? MaxScore { get; set; }

    /// <summary>The points the tenant has today; null when the newest score does not list the control.</summary>
    public double? Score { get; set; }

    /// <summary>Microsoft's stack ranking of the control.</summary>
    public int? Rank { get; set; }

    /// <summary><c>Config</c>, <c>Review</c> or <c>Behavior</c>.</summary>
    public string? ActionType { get; set; }

    public string? ActionUrl { get; set; }

    public string? Remediation { get; set; }

    public string? RemediationImpact { get; set; }

    public string? ImplementationCost { get; set; }

    public string? UserImpact { get; set; }

    public string? Tier { get; set; }

    public string? Threats { get; set; }

    public bool? Deprecated { get; set; }

    /// <summary>The latest state the tenant marked (<c>Default</c>, <c>Ignored</c>, <c>ThirdParty</c>, <c>Reviewed</c>), by its update time.</summary>
    public string? State { get; set; }

    public DateTime? LastModifiedAt { get; set; }

    public const int TextMaxLength = 4000;

    /// <summary>
    /// The <c>service</c> values of the controls Defender for Identity reports. Microsoft documents the property as a free
    /// string with examples of other products only, so the product's current and former names are all accepted.
    /// </summary>
    public static readonly string[] DefenderForIdentityServices = ["Defender for Identity", "Microsoft Defender for Identity", "MDI", "Azure ATP", "AzureATP"];
}
