namespace HomeBase.Core.Access;

/// <summary>A user's role in one HomeBase tenant. A user may belong to several tenants, with a role in each.</summary>
public sealed class TenantMembership
{
    public required string UserId { get; init; }

    public required string TenantId { get; init; }

    public required string Role { get; set; }

    public DateTime CreatedAt { get; init; }

    /// <summary>
    /// Set by an owner's "End sessions" for a person who also belongs to other tenants: sessions signed in before it no
    /// longer reach this tenant (until the person signs in again), and the person's other tenants are left alone.
    /// </summary>
    public DateTime? SessionsEndedAt { get; set; }
}
