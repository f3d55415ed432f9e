namespace HomeBase.Core.Access;

/// <summary>A user's role in one HomeBase tenant. A user may belong to several tenants, with a role in each.</summary>
public sealed class TenantMembership
{
    public required string UserId { get; init; }

    public required string TenantId { get; init; }

    public required string Role { get; set; }

    public DateTime CreatedAt { get; init; }
}
