namespace HomeBase.Core.Ingestion.Records;

/// <summary>An Entra ID group from <c>/groups/delta</c>; its members are <see cref="GroupMemberRecord"/>s.</summary>
public sealed class GroupRecord : IngestedRecord, IDeletableRecord
{
    public string? DisplayName { get; set; }

    public string? Description { get; set; }

    public bool? SecurityEnabled { get; set; }

    public bool? MailEnabled { get; set; }

    /// <summary>The group types, comma-separated (<c>Unified</c> for Microsoft 365 groups).</summary>
    public string? GroupTypes { get; set; }

    public DateTime? CreatedAt { get; set; }

    public DateTime? DeletedAt { get; set; }

    public DateTime? LastSyncedAt { get; set; }
}
