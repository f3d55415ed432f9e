using HomeBase.Core.Platform.Common;

namespace HomeBase.Core.Access;

/// <summary>
/// A signed-in person acting in one tenant with one role. Core services called from the UI take it and
/// check it themselves, so a page that forgets a check still cannot do more than the role allows.
/// A snapshot taken when a page opened: <see cref="AccessGuard"/> checks it again against the database for each action.
/// <paramref name="SecurityStamp"/> is the one in the session's cookie and <paramref name="SignedInAt"/> the moment it signed
/// in, when it came from a signed-in session.
/// </summary>
public sealed record TenantAccess(
    string UserId, string UserName, string TenantId, string TenantName, string Role, string? IpAddress, string? SecurityStamp = null,
    DateTime? SignedInAt = null)
{
    public bool Allows(string required) => Roles.Allows(Role, required);

    public Actor Actor => new(Actor.AdminType, UserId, UserName, IpAddress);

    /// <summary>A refusal when the snapshot's role is weaker than <paramref name="required"/>; null when allowed. Actions use <see cref="AccessGuard"/>.</summary>
    public Failure? Require(string required) => Allows(required)
        ? null
        : new Failure("forbidden", 403, "Not allowed", $"This needs the {required} role in {TenantName}; yours is {Role}.");
}
