using HomeBase.Core.Auditing;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Core.Access;

/// <summary>Local accounts: the one-time owner set-up, and who belongs where with which role.</summary>
public sealed class AccountService(
    IDbContextFactory<HomeBaseDbContext> contexts, IServiceScopeFactory scopes, OwnerSetupState setup, AuditTrail audit, TimeProvider time,
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

    /// <summary>
    /// Creates the first account in the browser, owner of every tenant: with the set-up token from the log unless
    /// that is turned off (Development). Refused once any account exists.
    /// </summary>
    public Task<Result<HomeBaseUser>> CreateOwnerAsync(string email, string displayName, string password, string? ipAddress, string? setupToken) =>
        CreateFirstOwnerAsync(email, displayName, password, ipAddress, signIn.Value.RequireSetupToken != false ? setupToken ?? string.Empty : null);

    /// <summary>Creates the first account from the server's command line, whose user needs no token: they can read the log anyway.</summary>
    public Task<Result<HomeBaseUser>> CreateOwnerFromCommandLineAsync(string email, string displayName, string password) =>
        CreateFirstOwnerAsync(email, displayName, password, ipAddress: null, setupToken: null);

    /// <summary>
    /// The claim row, the account, its memberships and the spent tokens are written in one transaction, the claim
    /// first: of two set-ups at the same moment, on one instance or two, exactly one commits and the other is told
    /// the owner exists. UserManager saves through the scope's own context, so the transaction is begun on that one.
    /// </summary>
    private async Task<Result<HomeBaseUser>> CreateFirstOwnerAsync(string email, string displayName, string password, string? ipAddress, string? setupToken)
    {
        if (signIn.Value.Mode == SignInMode.EntraId)
        {
            return new Failure("managed_in_entra", 409, "Entra ID sign-in", "HomeBase signs people in with Entra ID: owners are those assigned the HomeBase.Owner app role.");
        }
        if (await HasAnyUserAsync()) return OwnerExists;

        await using var strategyContext = await contexts.CreateDbContextAsync();
        var result = await strategyContext.Database.CreateExecutionStrategy().ExecuteAsync<Result<HomeBaseUser>>(async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HomeBaseDbContext>();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<HomeBaseUser>>();
            var now = time.GetUtcNow().UtcDateTime;
            var user = new HomeBaseUser
            {
                UserName = email.Trim(),
                Email = email.Trim(),
                DisplayName = displayName.Trim(),
                EmailConfirmed = true,
                CreatedAt = now,
            };
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.OwnerClaims.Add(new OwnerClaim { UserId = user.Id, ClaimedAt = now });
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException)
            {
                // Someone else's set-up holds or took the claim.
                return OwnerExists;
            }
            if (setupToken is not null)
            {
                var hash = OwnerSetupTokens.Hash(setupToken);
                if (setupToken.Length == 0 || !await db.OwnerSetupTokens.AnyAsync(t => t.Hash == hash && t.ExpiresAt > now))
                {
                    return Failure.Validation(new Dictionary<string, string[]>
                    {
                        ["setup_token"] = ["Enter the set-up token from HomeBase's log (the line that says \"set-up token\"). It is valid for a day; a restart prints a new one. Or create the owner on the server with `owner create`."],
                    });
                }
            }
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded) return IdentityFailure(created);

            foreach (var tenant in await db.Tenants.Select(t => t.Id).ToListAsync())
            {
                db.TenantMemberships.Add(new TenantMembership { UserId = user.Id, TenantId = tenant, Role = Roles.Owner, CreatedAt = now });
                audit.Record(db, tenant, ipAddress is null ? Actor.CommandLine : new Actor(Actor.AdminType, user.Id, user.DisplayName, ipAddress), "user.created", "user", user.Id,
                    new { email = user.Email, role = Roles.Owner, first_owner = true });
            }
            db.OwnerSetupTokens.RemoveRange(await db.OwnerSetupTokens.ToListAsync());
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return user;
        });
        if (result.Succeeded) setup.HasUsers = true;
        return result;
    }

    private static Failure OwnerExists => new("owner_exists", 409, "Already set up", "The owner account exists already: sign in instead.");

    /// <summary>
    /// The tenants a session of <paramref name="userId"/> that signed in at <paramref name="signedInAt"/> reaches: all of
    /// the person's memberships but those whose sessions an owner ended after that moment.
    /// </summary>
    public async Task<IReadOnlyList<Membership>> MembershipsAsync(string userId, DateTime signedInAt, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.TenantMemberships.AsNoTracking()
            .Where(m => m.UserId == userId && (m.SessionsEndedAt == null || m.SessionsEndedAt < signedInAt))
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
