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
    IOptions<AdminSignInOptions> signIn)
{
    /// <summary>In Entra ID mode roles come from app role assignments in Entra ID, so HomeBase does not change them.</summary>
    public bool RolesManagedInEntra => signIn.Value.Mode == SignInMode.EntraId;

    public async Task<Result<IReadOnlyList<Member>>> ListAsync(TenantAccess access, CancellationToken cancellationToken = default)
    {
        if (access.Require(Roles.Owner) is { } refused) return refused;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.TenantMemberships.AsNoTracking().Where(m => m.TenantId == access.TenantId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.Email, u.DisplayName, m.Role })
            .OrderBy(r => r.Email).ToListAsync(cancellationToken);
        return rows.Select(r => new Member(r.Id, r.Email ?? "", r.DisplayName, r.Role)).ToList();
    }

    /// <summary>
    /// Adds a person to the tenant: a new local account with the given password, or an existing account
    /// (then the password is ignored) that gains a membership.
    /// </summary>
    public async Task<Result<Member>> AddAsync(TenantAccess access, string email, string displayName, string password, string role)
    {
        if (access.Require(Roles.Owner) is { } refused) return refused;
        if (RolesManagedInEntra) return ManagedInEntra;
        if (!Roles.IsValid(role)) return Failure.Validation(new Dictionary<string, string[]> { ["role"] = [$"Choose one of {string.Join(", ", Roles.All)}."] });

        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            user = new HomeBaseUser
            {
                UserName = email.Trim(), Email = email.Trim(), DisplayName = displayName.Trim(), EmailConfirmed = true,
                CreatedAt = time.GetUtcNow().UtcDateTime,
            };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded) return AccountService.IdentityFailure(created);
        }

        await using var db = await contexts.CreateDbContextAsync();
        if (await db.TenantMemberships.AnyAsync(m => m.UserId == user.Id && m.TenantId == access.TenantId))
        {
            return new Failure("member_exists", 409, "Already a member", $"{user.Email} is already a member of {access.TenantName}.");
        }
        db.TenantMemberships.Add(new TenantMembership { UserId = user.Id, TenantId = access.TenantId, Role = role, CreatedAt = time.GetUtcNow().UtcDateTime });
        audit.Record(db, access.TenantId, access.Actor, "member.added", "user", user.Id, new { email = user.Email, role });
        await db.SaveChangesAsync();
        return new Member(user.Id, user.Email!, user.DisplayName, role);
    }

    public async Task<Result<Member>> ChangeRoleAsync(TenantAccess access, string userId, string role)
    {
        if (access.Require(Roles.Owner) is { } refused) return refused;
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
        if (access.Require(Roles.Owner) is { } refused) return refused;
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
    /// Ends every session of a member of this tenant, in every browser, within the session revalidation interval:
    /// for a lost laptop, or after removing someone's app role in Entra ID.
    /// </summary>
    public async Task<Result<bool>> EndSessionsAsync(TenantAccess access, string userId)
    {
        if (access.Require(Roles.Owner) is { } refused) return refused;
        await using var db = await contexts.CreateDbContextAsync();
        if (!await db.TenantMemberships.AnyAsync(m => m.UserId == userId && m.TenantId == access.TenantId)) return Failure.NotFound("member");
        var user = await users.FindByIdAsync(userId);
        if (user is null) return Failure.NotFound("member");
        var updated = await users.UpdateSecurityStampAsync(user);
        if (!updated.Succeeded) return AccountService.IdentityFailure(updated);
        audit.Record(db, access.TenantId, access.Actor, "member.sessions_ended", "user", userId, new { email = user.Email });
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
