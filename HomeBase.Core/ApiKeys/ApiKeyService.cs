using System.Security.Cryptography;
using HomeBase.Core.Access;
using HomeBase.Core.Auditing;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.ApiKeys;

/// <summary>Mints, lists, revokes and checks API keys.</summary>
public sealed class ApiKeyService(IDbContextFactory<HomeBaseDbContext> contexts, AuditTrail audit, TimeProvider time)
{
    public const string KeyPrefix = "hb_";

    // Writing "last used" on every request would turn reads into writes; a minute is precise enough.
    private static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    public async Task<Result<CreatedApiKey>> CreateAsync(string tenantId, string name, Actor actor, CancellationToken cancellationToken = default)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0 || trimmed.Length > ApiKey.NameMaxLength || trimmed.Any(char.IsControl))
        {
            return Failure.Validation(new Dictionary<string, string[]>
            {
                ["name"] = [$"An API key name is 1 to {ApiKey.NameMaxLength} printable characters."],
            });
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Tenants.AnyAsync(t => t.Id == tenantId, cancellationToken))
        {
            return Failure.NotFound("tenant") with { Detail = $"There is no tenant '{tenantId}'." };
        }

        var secret = KeyPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var key = new ApiKey
        {
            Id = PrefixedId.New(PrefixedId.ApiKey, time),
            TenantId = tenantId,
            Name = trimmed,
            Prefix = secret[..10],
            Hash = Hash(secret),
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.ApiKeys.Add(key);
        audit.Record(db, tenantId, actor, "api_key.created", "api_key", key.Id, new { name = key.Name, prefix = key.Prefix });
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiKey(key, secret);
    }

    /// <summary>The API keys page: owners only, their current tenant only.</summary>
    public async Task<Result<IReadOnlyList<ApiKey>>> ListAsync(TenantAccess access, CancellationToken cancellationToken = default) =>
        access.Require(Roles.Owner) is { } refused ? refused : Result<IReadOnlyList<ApiKey>>.From(await ListAsync(access.TenantId, cancellationToken));

    public async Task<Result<CreatedApiKey>> CreateAsync(TenantAccess access, string name, CancellationToken cancellationToken = default) =>
        access.Require(Roles.Owner) is { } refused ? refused : await CreateAsync(access.TenantId, name, access.Actor, cancellationToken);

    /// <summary>Revokes a key of the owner's current tenant; a key of another tenant is "not found".</summary>
    public async Task<Result<ApiKey>> RevokeAsync(TenantAccess access, string keyId, CancellationToken cancellationToken = default)
    {
        if (access.Require(Roles.Owner) is { } refused) return refused;
        return await RevokeAsync(keyId, access.Actor, access.TenantId, cancellationToken);
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.AsNoTracking().Where(k => k.TenantId == tenantId).OrderBy(k => k.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Revokes a key (the command line: any tenant). Revoking a revoked key succeeds and changes nothing.</summary>
    public Task<Result<ApiKey>> RevokeAsync(string keyId, Actor actor, CancellationToken cancellationToken = default) =>
        RevokeAsync(keyId, actor, tenantId: null, cancellationToken);

    /// <summary>Revokes a key, only within <paramref name="tenantId"/> when given: another tenant's key is "not found".</summary>
    private async Task<Result<ApiKey>> RevokeAsync(string keyId, Actor actor, string? tenantId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == keyId && (tenantId == null || k.TenantId == tenantId), cancellationToken);
        if (key is null) return tenantId is null ? Failure.NotFound("API key") with { Detail = $"There is no API key '{keyId}'." } : Failure.NotFound("API key");
        if (key.RevokedAt is not null) return key;

        key.RevokedAt = time.GetUtcNow().UtcDateTime;
        audit.Record(db, key.TenantId, actor, "api_key.revoked", "api_key", key.Id, new { name = key.Name });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    /// <summary>Returns who a presented key speaks for, or null when it is unknown or revoked; records its use.</summary>
    public async Task<ApiKeyIdentity?> AuthenticateAsync(string presented, CancellationToken cancellationToken = default)
    {
        if (!presented.StartsWith(KeyPrefix, StringComparison.Ordinal) || presented.Length > 200) return null;

        var hash = Hash(presented);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Hash == hash, cancellationToken);
        if (key is null || !key.IsActive) return null;

        var now = time.GetUtcNow().UtcDateTime;
        if (key.LastUsedAt is null || now - key.LastUsedAt >= LastUsedPrecision)
        {
            key.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }
        return new ApiKeyIdentity(key.Id, key.TenantId, key.Name);
    }

    private static string Hash(string secret) => Sha256Hex.Of(secret);
}
