namespace HomeBase.Core.Ingestion.Records;

/// <summary>One membership from a group's <c>members@delta</c>; its source id is <c>{groupId}/{memberId}</c>.</summary>
public sealed class GroupMemberRecord : IngestedRecord, IDeletableRecord
{
    public required string GroupId { get; set; }

    public required string MemberId { get; set; }

    /// <summary>The member's OData type without its namespace: <c>user</c>, <c>group</c>, <c>device</c>…</summary>
    public string? MemberType { get; set; }

    public DateTime? DeletedAt { get; set; }

    public DateTime? LastSyncedAt { get; set; }

    public static string KeyOf(string groupId, string memberId) => $"{groupId}/{memberId}";
}
