using HomeBase.Core.Auditing;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Access;

/// <summary>Local accounts: the one-time owner set-up, and who belongs where with which role.</summary>
public sealed class AccountService(
    IDbContextFactory<HomeBaseDbContext> contexts, UserManager<HomeBaseUser> users, OwnerSetupState setup, AuditTrail audit, TimeProvider time,
    Microsoft.Extensions.Options.IOptions<AdminSignInOptions> signIn)
{
    /// <summary>Whether any account exists; once true it stays true for the life of the process.</summary>
    public async Task<bool> HasAnyUserAsync(CancellationToken cancellationToken = default)
    {
        if (setup.HasUsers) return true;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        setup.HasUsers = await db.Users.AnyAsync(cancellationToken);
        return setup.HasUsers;
    }

    /// <summary>Creates the first account, owner of every tenant. Refused once any account exists.</summary>
    public async Task<Result<HomeBaseUser>> CreateOwnerAsync(string email, string displayName, string password, string? ipAddress)
    {
        if (signIn.Value.Mode == SignInMode.EntraId)
        {
            return new Failure("managed_in_entra", 409, "Entra ID sign-in", "HomeBase signs people in with Entra ID: owners are those assigned the HomeBase.Owner app role.");
        }
        if (await HasAnyUserAsync()) return new Failure("owner_exists", 409, "Already set up", "The owner account exists already: sign in instead.");
        var user = new HomeBaseUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            DisplayName = displayName.Trim(),
            EmailConfirmed = true,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return IdentityFailure(created);

        await using var db = await contexts.CreateDbContextAsync();
        foreach (var tenant in await db.Tenants.Select(t => t.Id).ToListAsync())
        {
            db.TenantMemberships.Add(new TenantMembership { UserId = user.Id, TenantId = tenant, Role = Roles.Owner, CreatedAt = user.CreatedAt });
            audit.Record(db, tenant, new Actor(Actor.AdminType, user.Id, user.DisplayName, ipAddress), "user.created", "user", user.Id,
                new { email = user.Email, role = Roles.Owner, first_owner = true });
        }
        await db.SaveChangesAsync();
        setup.HasUsers = true;
        return user;
    }

    public async Task<IReadOnlyList<Membership>> MembershipsAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.TenantMemberships.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Join(db.Tenants, m => m.TenantId, t => t.Id, (m, t) => new { t.Id, t.Name, m.Role })
            .OrderBy(m => m.Name)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new Membership(r.Id, r.Name, r.Role))];
    }

    internal static Failure IdentityFailure(IdentityResult result)
    {
        var errors = result.Errors.GroupBy(e => e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal) ? "email" : "$")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
        return Failure.Validation(errors);
    }
}
