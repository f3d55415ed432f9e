using HomeBase.Core.Access;
using HomeBase.Core.Platform.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.Infrastructure;

/// <summary>
/// Real accounts with a role in a tenant, written the way an owner's "Add person" leaves them, for tests that need
/// someone in a tenant before any owner exists there (Core checks every action against these rows).
/// </summary>
public static class TestMembers
{
    public const string Password = "Correct-Horse-9-Battery";

    public static async Task<TenantAccess> AddAsync(IServiceProvider services, string tenantId, string role, string? email = null, string? name = null)
    {
        email ??= $"{role}-{Guid.NewGuid():N}@example.test";
        name ??= $"Pat {role}";
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HomeBaseUser>>();
        var user = new HomeBaseUser { UserName = email, Email = email, DisplayName = name, EmailConfirmed = true, CreatedAt = DateTime.UtcNow };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));

        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<HomeBaseDbContext>>().CreateDbContextAsync();
        db.TenantMemberships.Add(new TenantMembership { UserId = user.Id, TenantId = tenantId, Role = role, CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        var tenantName = await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.Name).SingleAsync();
        return new TenantAccess(user.Id, email, tenantId, tenantName, role, "127.0.0.1");
    }
}
