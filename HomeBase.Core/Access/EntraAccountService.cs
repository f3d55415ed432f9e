using HomeBase.Core.Auditing;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Access;

/// <summary>
/// Entra ID mode: turns a verified sign-in into a HomeBase account linked to the person's Entra object id, with
/// the role their app role gives in every tenant. Roles follow Entra at each sign-in; HomeBase keeps no other source.
/// </summary>
public sealed class EntraAccountService(
    IDbContextFactory<HomeBaseDbContext> contexts, UserManager<HomeBaseUser> users, OwnerSetupState setup, AuditTrail audit, TimeProvider time)
{
    public const string LoginProvider = "EntraId";

    public async Task<Result<HomeBaseUser>> SignInAsync(EntraIdentity person, string? ipAddress)
    {
        var role = EntraAppRoles.ToRole(person.AppRoles);
        if (role is null)
        {
            return new Failure("no_app_role", 403, "No HomeBase role",
                $"{person.UserPrincipalName} is not assigned a HomeBase app role. Ask an administrator of your Entra ID to assign "
                + $"{string.Join(", ", EntraAppRoles.All)} to you: Entra ID → Enterprise applications → HomeBase → Users and groups.");
        }

        var user = await users.FindByLoginAsync(LoginProvider, person.LoginKey);
        var email = (person.Email ?? person.UserPrincipalName).Trim();
        if (user is null)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                // Linking by email would let whoever controls an Entra account with that address take over a local one.
                return new Failure("email_in_use", 409, "Account exists",
                    $"A local HomeBase account already uses {email}. Remove it (Settings → Users, in Local mode) before signing in with Entra ID.");
            }
            user = new HomeBaseUser
            {
                UserName = email, Email = email, DisplayName = person.DisplayName.Trim(), EmailConfirmed = true,
                CreatedAt = time.GetUtcNow().UtcDateTime,
            };
            var created = await users.CreateAsync(user);
            if (created.Succeeded) created = await users.AddLoginAsync(user, new UserLoginInfo(LoginProvider, person.LoginKey, "Microsoft Entra ID"));
            if (!created.Succeeded) return AccountService.IdentityFailure(created);
        }
        else if (user.DisplayName != person.DisplayName || user.Email != email)
        {
            user.DisplayName = person.DisplayName.Trim();
            user.Email = email;
            user.UserName = email;
            var updated = await users.UpdateAsync(user);
            if (!updated.Succeeded) return AccountService.IdentityFailure(updated);
        }

        await ApplyRoleEverywhereAsync(user, role, ipAddress);
        setup.HasUsers = true;
        return user;
    }

    private async Task ApplyRoleEverywhereAsync(HomeBaseUser user, string role, string? ipAddress)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var memberships = await db.TenantMemberships.Where(m => m.UserId == user.Id).ToDictionaryAsync(m => m.TenantId);
        var actor = new Actor(Actor.AdminType, user.Id, user.DisplayName, ipAddress);
        foreach (var tenant in await db.Tenants.Select(t => t.Id).ToListAsync())
        {
            if (!memberships.TryGetValue(tenant, out var membership))
            {
                db.TenantMemberships.Add(new TenantMembership { UserId = user.Id, TenantId = tenant, Role = role, CreatedAt = time.GetUtcNow().UtcDateTime });
                audit.Record(db, tenant, actor, "member.added", "user", user.Id, new { email = user.Email, role, source = "entra_app_role" });
            }
            else if (membership.Role != role)
            {
                audit.Record(db, tenant, actor, "member.role_changed", "user", user.Id, new { before = membership.Role, after = role, source = "entra_app_role" });
                membership.Role = role;
            }
        }
        await db.SaveChangesAsync();
    }
}
