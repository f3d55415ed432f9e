using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Access;

/// <summary>
/// Checks a <see cref="TenantAccess"/> against the database at the moment of an action. A page keeps the access it
/// resolved when it opened; without this an owner removed meanwhile, or a session ended by "sign out everywhere",
/// could still act from a tab that stayed open.
/// </summary>
public sealed class AccessGuard(IDbContextFactory<HomeBaseDbContext> contexts)
{
    /// <summary>A refusal unless the person still holds <paramref name="required"/> (or more) in the tenant now; null when allowed.</summary>
    public async Task<Failure?> RequireAsync(TenantAccess access, string required, CancellationToken cancellationToken = default)
    {
        if (access.Require(required) is { } refused) return refused;

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = await db.TenantMemberships.AsNoTracking()
            .Where(m => m.UserId == access.UserId && m.TenantId == access.TenantId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.Role, m.SessionsEndedAt, u.SecurityStamp })
            .SingleOrDefaultAsync(cancellationToken);
        if (now is null) return new Failure("forbidden", 403, "Not allowed", $"You are no longer a member of {access.TenantName}.");
        // The session's stamp is the one its cookie carries; "sign out everywhere" and "End sessions" replace the account's.
        if (access.SecurityStamp is not null && access.SecurityStamp != now.SecurityStamp) return SessionEnded;
        // An owner ended this person's sessions in this tenant only; sessions signed in before that stop here.
        if (now.SessionsEndedAt is { } ended && (access.SignedInAt ?? DateTime.MinValue) <= ended) return SessionEnded;
        return Roles.Allows(now.Role, required)
            ? null
            : new Failure("forbidden", 403, "Not allowed", $"This needs the {required} role in {access.TenantName}; yours is now {now.Role}.");
    }

    public static readonly Failure SessionEnded = new("session_ended", 401, "Session ended",
        "This session was ended (signed out everywhere, or by an owner of the tenant). Sign in again.");
}
