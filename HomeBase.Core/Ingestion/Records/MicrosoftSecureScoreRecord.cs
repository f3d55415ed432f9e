namespace HomeBase.Core.Ingestion.Records;

/// <summary>
/// The tenant's Microsoft Secure Score on one day (<c>secureScore</c>, Graph <c>security/secureScores</c>): Microsoft keeps
/// one per day (its id ends in the date), and HomeBase the 90 newest it lists, the trend its own portal charts.
/// </summary>
public sealed class MicrosoftSecureScoreRecord : IngestedRecord, ISnapshotRecord
{
    public DateTime? LastSyncedAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public double CurrentScore { get; set; }

    public double MaxScore { get; set; }

    /// <summary>The average score of all tenants (<c>averageComparativeScores</c> with basis <c>AllTenants</c>).</summary>
    public double? AllTenantsAverage { get; set; }

    public int? ActiveUserCount { get; set; }

    public int? LicensedUserCount { get; set; }

    /// <summary>The services the tenant has (<c>HasExchange</c>, <c>HasSharePoint</c>…), comma-separated.</summary>
    public string? EnabledServices { get; set; }

    public override DateTime? EventTime => CreatedAt;
}
