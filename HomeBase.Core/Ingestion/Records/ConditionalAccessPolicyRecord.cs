namespace HomeBase.Core.Ingestion.Records;

/// <summary>A Conditional Access policy, re-read in full each run.</summary>
public sealed class ConditionalAccessPolicyRecord : IngestedRecord, ISnapshotRecord
{
    public DateTime? LastSyncedAt { get; set; }

    public string? DisplayName { get; set; }

    /// <summary><c>enabled</c>, <c>disabled</c> or <c>enabledForReportingButNotEnforced</c>.</summary>
    public string? State { get; set; }

    /// <summary>The built-in grant controls, comma-separated (<c>mfa</c>, <c>block</c>…).</summary>
    public string? GrantControls { get; set; }

    public string? ConditionsJson { get; set; }

    public DateTime? CreatedAt { get; set; }

    public DateTime? ModifiedAt { get; set; }

    public override DateTime? EventTime => ModifiedAt ?? CreatedAt;
}
