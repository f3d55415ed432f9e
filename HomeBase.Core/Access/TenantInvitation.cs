namespace HomeBase.Core.Access;

/// <summary>
/// An owner's offer of a role in their tenant to a person who already has an account. Nothing changes for that person
/// until they accept it on their own account page: an owner cannot pull someone else's account into a tenant.
/// </summary>
public sealed class TenantInvitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    public required string Id { get; init; }

    public required string TenantId { get; init; }

    /// <summary>The person invited.</summary>
    public required string UserId { get; init; }

    public required string Role { get; init; }

    public required string InvitedByUserId { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime ExpiresAt { get; init; }
}
