using HomeBase.Core.Auditing;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Tenants;

/// <summary>Creates and lists HomeBase tenants.</summary>
public sealed class TenantService(IDbContextFactory<HomeBaseDbContext> contexts, AuditTrail audit, TimeProvider time)
{
    public const string DefaultTenantName = "Default";

    public async Task<Result<Tenant>> CreateAsync(string name, Actor actor, CancellationToken cancellationToken = default)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0 || trimmed.Length > Tenant.NameMaxLength || trimmed.Any(char.IsControl))
        {
            return Failure.Validation(new Dictionary<string, string[]>
            {
                ["name"] = [$"A tenant name is 1 to {Tenant.NameMaxLength} printable characters."],
            });
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tenant = NewTenant(trimmed);
        db.Tenants.Add(tenant);
        audit.Record(db, tenant.Id, actor, "tenant.created", "tenant", tenant.Id, new { name = tenant.Name });
        await db.SaveChangesAsync(cancellationToken);
        return tenant;
    }

    public async Task<IReadOnlyList<Tenant>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Tenants.AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken);
    }

    public async Task<bool> ExistsAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Tenants.AnyAsync(t => t.Id == tenantId, cancellationToken);
    }

    /// <summary>Creates the "Default" tenant when there is none at all; returns it, or null when tenants already exist.</summary>
    public async Task<Tenant?> EnsureDefaultTenantAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Tenants.AnyAsync(cancellationToken)) return null;
        var tenant = NewTenant(DefaultTenantName);
        db.Tenants.Add(tenant);
        audit.Record(db, tenant.Id, Actor.System, "tenant.created", "tenant", tenant.Id, new { name = tenant.Name });
        await db.SaveChangesAsync(cancellationToken);
        return tenant;
    }

    private Tenant NewTenant(string name) => new()
    {
        Id = PrefixedId.New(PrefixedId.Tenant, time),
        Name = name,
        CreatedAt = time.GetUtcNow().UtcDateTime,
    };
}
