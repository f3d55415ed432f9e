using HomeBase.Core.Auditing;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Access;

/// <summary>Owners add people to their tenant with a role, change roles and remove members.</summary>
public sealed class MemberService(
    IDbContextFactory<HomeBaseDbContext> contexts, UserManager<HomeBaseUser> users, AuditTrail audit, TimeProvider time,
    IOptions<AdminSignInOptions> signIn, AccessGuard guard)
{
    /// <summary>In Entra ID mode roles come from app role assignments in Entra ID, so HomeBase does not change them.</summary>
    public bool RolesManagedInEntra => signIn.Value.Mode == SignInMode.EntraId;

    public async Task<Result<IReadOnlyList<Member>>> ListAsync(TenantAccess access, CancellationToken cancellationToken = default)
    {
        if (await guard.RequireAsync(access, Roles.Owner, cancellationToken) is { } refused) return refused;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.TenantMemberships.AsNoTracking().Where(m => m.TenantId == access.TenantId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.Email, u.DisplayName, m.Role })
            .OrderBy(r => r.Email).ToListAsync(cancellationToken);
        return rows.Select(r => new Member(r.Id, r.Email ?? "", r.DisplayName, r.Role)).ToList();
    }

    /// <summary>
    /// Adds a person to the tenant: a new local account with the given password joins at once. An existing account is
    /// invited instead (the password is ignored): it joins when its owner accepts, so nobody is pulled into a tenant, or
    /// under its owners' session controls, without consent.
    /// </summary>
    public async Task<Result<Member>> AddAsync(TenantAccess access, string email, string displayName, string password, string role)
    {
        if (await guard.RequireAsync(access, Roles.Owner) is { } refused) return refused;
        if (RolesManagedInEntra) return ManagedInEntra;
        if (!Roles.IsValid(role)) return Failure.Validation(new Dictionary<string, string[]> { ["role"] = [$"Choose one of {string.Join(", ", Roles.All)}."] });

        var existing = await users.FindByEmailAsync(email.Trim());
        if (existing is not null) return await InviteAsync(access, existing, role);

        var user = new HomeBaseUser
        {
            UserName = email.Trim(), Email = email.Trim(), DisplayName = displayName.Trim(), EmailConfirmed = true,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return AccountService.IdentityFailure(created);

        await using var db = await contexts.CreateDbContextAsync();
        db.TenantMemberships.Add(new TenantMembership { UserId = user.Id, TenantId = access.TenantId, Role = role, CreatedAt = time.GetUtcNow().UtcDateTime });
        audit.Record(db, access.TenantId, access.Actor, "member.added", "user", user.Id, new { email = user.Email, role });
        await db.SaveChangesAsync();
        return new Member(user.Id, user.Email!, user.DisplayName, role);
    }

    private async Task<Result<Member>> InviteAsync(TenantAccess access, HomeBaseUser user, string role)
    {
        await using var db = await contexts.CreateDbContextAsync();
        if (await db.TenantMemberships.AnyAsync(m => m.UserId == user.Id && m.TenantId == access.TenantId))
        {
            return new Failure("member_exists", 409, "Already a member", $"{user.Email} is already a member of {access.TenantName}.");
        }
        var now = time.GetUtcNow().UtcDateTime;
        // An expired invitation of the same person gives way to the new one.
        await db.TenantInvitations.Where(i => i.TenantId == access.TenantId && i.UserId == user.Id && i.ExpiresAt <= now).ExecuteDeleteAsync();
        if (await db.TenantInvitations.AnyAsync(i => i.TenantId == access.TenantId && i.UserId == user.Id))
        {
            return new Failure("already_invited", 409, "Already invited", $"{user.Email} is already invited to {access.TenantName}; they join when they accept.");
        }
        var invitation = new TenantInvitation
        {
            Id = PrefixedId.New(PrefixedId.Invitation, time), TenantId = access.TenantId, UserId = user.Id, Role = role,
            InvitedByUserId = access.UserId, CreatedAt = now, ExpiresAt = now + TenantInvitation.Lifetime,
        };
        db.TenantInvitations.Add(invitation);
        audit.Record(db, access.TenantId, access.Actor, "member.invited", "user", user.Id, new { email = user.Email, role });
        await db.SaveChangesAsync();
        return new Member(user.Id, user.Email!, user.DisplayName, role, Invited: true);
    }

    /// <summary>The tenant's open invitations, for its owners.</summary>
    public async Task<Result<IReadOnlyList<Invitation>>> InvitationsAsync(TenantAccess access, CancellationToken cancellationToken = default)
    {
        if (await guard.RequireAsync(access, Roles.Owner, cancellationToken) is { } refused) return refused;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return Result<IReadOnlyList<Invitation>>.From(await OpenInvitations(db, i => i.TenantId == access.TenantId).ToListAsync(cancellationToken));
    }

    /// <summary>An owner withdraws an invitation of their tenant; another tenant's is "not found".</summary>
    public async Task<Result<bool>> CancelInvitationAsync(TenantAccess access, string invitationId)
    {
        if (await guard.RequireAsync(access, Roles.Owner) is { } refused) return refused;
        await using var db = await contexts.CreateDbContextAsync();
        var invitation = await db.TenantInvitations.SingleOrDefaultAsync(i => i.Id == invitationId && i.TenantId == access.TenantId);
        if (invitation is null) return Failure.NotFound("invitation");
        db.TenantInvitations.Remove(invitation);
        audit.Record(db, access.TenantId, access.Actor, "member.invitation_cancelled", "user", invitation.UserId, new { role = invitation.Role });
        await db.SaveChangesAsync();
        return true;
    }

    /// <summary>The open invitations of the signed-in person, for their account page.</summary>
    public async Task<IReadOnlyList<Invitation>> InvitationsForAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await OpenInvitations(db, i => i.UserId == userId).ToListAsync(cancellationToken);
    }

    /// <summary>The invited person accepts: they join with the offered role, in one write with the invitation's removal.</summary>
    public async Task<Result<Membership>> AcceptInvitationAsync(Actor person, string invitationId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var invitation = await db.TenantInvitations.SingleOrDefaultAsync(i => i.Id == invitationId && i.UserId == person.Id);
        if (invitation is null) return Failure.NotFound("invitation");
        var now = time.GetUtcNow().UtcDateTime;
        if (invitation.ExpiresAt <= now)
        {
            return new Failure("invitation_expired", 410, "Invitation expired", "This invitation has expired: ask an owner of the tenant to invite you again.");
        }
        db.TenantInvitations.Remove(invitation);
        if (!await db.TenantMemberships.AnyAsync(m => m.UserId == person.Id && m.TenantId == invitation.TenantId))
        {
            db.TenantMemberships.Add(new TenantMembership { UserId = person.Id, TenantId = invitation.TenantId, Role = invitation.Role, CreatedAt = now });
        }
        audit.Record(db, invitation.TenantId, person, "member.joined", "user", person.Id, new { role = invitation.Role });
        await db.SaveChangesAsync();
        var tenantName = await db.Tenants.Where(t => t.Id == invitation.TenantId).Select(t => t.Name).SingleAsync();
        return new Membership(invitation.TenantId, tenantName, invitation.Role);
    }

    /// <summary>The invited person declines: the invitation is gone, and the owners see so in the audit log.</summary>
    public async Task<Result<bool>> DeclineInvitationAsync(Actor person, string invitationId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var invitation = await db.TenantInvitations.SingleOrDefaultAsync(i => i.Id == invitationId && i.UserId == person.Id);
        if (invitation is null) return Failure.NotFound("invitation");
        db.TenantInvitations.Remove(invitation);
        audit.Record(db, invitation.TenantId, person, "member.invitation_declined", "user", person.Id, new { role = invitation.Role });
        await db.SaveChangesAsync();
        return true;
    }

    private IQueryable<Invitation> OpenInvitations(HomeBaseDbContext db, System.Linq.Expressions.Expression<Func<TenantInvitation, bool>> which)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return db.TenantInvitations.AsNoTracking().Where(which).Where(i => i.ExpiresAt > now)
            .Join(db.Tenants, i => i.TenantId, t => t.Id, (i, t) => new { i, TenantName = t.Name })
            .Join(db.Users, x => x.i.UserId, u => u.Id, (x, u) => new { x.i, x.TenantName, u.Email, u.DisplayName })
            .Join(db.Users, x => x.i.InvitedByUserId, u => u.Id, (x, by) => new { x.i, x.TenantName, x.Email, x.DisplayName, By = by.DisplayName })
            .OrderBy(x => x.i.Id)
            .Select(x => new Invitation(x.i.Id, x.i.TenantId, x.TenantName, x.Email ?? "", x.DisplayName, x.i.Role, x.By, x.i.ExpiresAt));
    }

    public async Task<Result<Member>> ChangeRoleAsync(TenantAccess access, string userId, string role)
    {
        if (await guard.RequireAsync(access, Roles.Owner) is { } refused) return refused;
        if (RolesManagedInEntra) return ManagedInEntra;
        if (!Roles.IsValid(role)) return Failure.Validation(new Dictionary<string, string[]> { ["role"] = [$"Choose one of {string.Join(", ", Roles.All)}."] });
        await using var db = await contexts.CreateDbContextAsync();
        var membership = await db.TenantMemberships.SingleOrDefaultAsync(m => m.UserId == userId && m.TenantId == access.TenantId);
        if (membership is null) return Failure.NotFound("member");
        if (membership.Role == Roles.Owner && role != Roles.Owner && await IsLastOwnerAsync(db, access.TenantId)) return LastOwner(access);
        var before = membership.Role;
        membership.Role = role;
        audit.Record(db, access.TenantId, access.Actor, "member.role_changed", "user", userId, new { before, after = role });
        await db.SaveChangesAsync();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId);
        return new Member(userId, user.Email ?? "", user.DisplayName, role);
    }

    public async Task<Result<bool>> RemoveAsync(TenantAccess access, string userId)
    {
        if (await guard.RequireAsync(access, Roles.Owner) is { } refused) return refused;
        if (RolesManagedInEntra) return ManagedInEntra;
        await using var db = await contexts.CreateDbContextAsync();
        var membership = await db.TenantMemberships.SingleOrDefaultAsync(m => m.UserId == userId && m.TenantId == access.TenantId);
        if (membership is null) return Failure.NotFound("member");
        if (membership.Role == Roles.Owner && await IsLastOwnerAsync(db, access.TenantId)) return LastOwner(access);
        db.TenantMemberships.Remove(membership);
        audit.Record(db, access.TenantId, access.Actor, "member.removed", "user", userId, new { role = membership.Role });
        await db.SaveChangesAsync();
        return true;
    }

    /// <summary>
    /// Ends a member's sessions within the session revalidation interval (for a lost laptop, or after removing someone's
    /// app role in Entra ID), as far as this tenant reaches: a person who belongs only here is signed out everywhere; one
    /// who also belongs to other tenants loses this tenant until they sign in again, and keeps the others.
    /// </summary>
    public async Task<Result<bool>> EndSessionsAsync(TenantAccess access, string userId)
    {
        if (await guard.RequireAsync(access, Roles.Owner) is { } refused) return refused;
        await using var db = await contexts.CreateDbContextAsync();
        var membership = await db.TenantMemberships.SingleOrDefaultAsync(m => m.UserId == userId && m.TenantId == access.TenantId);
        if (membership is null) return Failure.NotFound("member");
        var user = await users.FindByIdAsync(userId);
        if (user is null) return Failure.NotFound("member");
        var elsewhere = await db.TenantMemberships.AnyAsync(m => m.UserId == userId && m.TenantId != access.TenantId);
        if (elsewhere)
        {
            membership.SessionsEndedAt = time.GetUtcNow().UtcDateTime;
        }
        else
        {
            var updated = await users.UpdateSecurityStampAsync(user);
            if (!updated.Succeeded) return AccountService.IdentityFailure(updated);
        }
        audit.Record(db, access.TenantId, access.Actor, "member.sessions_ended", "user", userId,
            new { email = user.Email, reach = elsewhere ? "this_tenant" : "everywhere" });
        await db.SaveChangesAsync();
        return true;
    }

    private static async Task<bool> IsLastOwnerAsync(HomeBaseDbContext db, string tenantId) =>
        await db.TenantMemberships.CountAsync(m => m.TenantId == tenantId && m.Role == Roles.Owner) <= 1;

    private static readonly Failure ManagedInEntra = new("managed_in_entra", 409, "Managed in Entra ID",
        "Members and roles come from the HomeBase app roles in Entra ID: assign or remove them under Enterprise applications → HomeBase → Users and groups.");

    private static Failure LastOwner(TenantAccess access) =>
        new("last_owner", 409, "The last owner stays", $"{access.TenantName} must keep at least one owner: make someone else owner first.");
}
