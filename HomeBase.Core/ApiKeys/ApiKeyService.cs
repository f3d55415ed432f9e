using System.Security.Cryptography;
using HomeBase.Core.Access;
using HomeBase.Core.Auditing;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.ApiKeys;

/// <summary>Mints, lists, revokes, hands over and checks API keys.</summary>
public sealed class ApiKeyService(
    IDbContextFactory<HomeBaseDbContext> contexts, AuditTrail audit, TimeProvider time, AccessGuard guard, IOptions<ApiKeyOptions> options)
{
    public const string KeyPrefix = "hb_";

    // Writing "last used" on every request would turn reads into writes; a minute is precise enough.
    private static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    /// <summary>A key with every scope and no expiry: the server's command line, run by whoever runs the server.</summary>
    public Task<Result<CreatedApiKey>> CreateAsync(string tenantId, string name, Actor actor, CancellationToken cancellationToken = default) =>
        CreateAsync(tenantId, new NewApiKey(name, [.. ApiKeyScopes.Names]), actor, createdByUserId: null, cancellationToken);

    /// <summary>A key of <paramref name="tenantId"/>; <paramref name="createdByUserId"/> is the owner it depends on (null: nobody).</summary>
    public async Task<Result<CreatedApiKey>> CreateAsync(
        string tenantId, NewApiKey request, Actor actor, string? createdByUserId, CancellationToken cancellationToken = default)
    {
        if (Validate(request) is { } invalid) return invalid;

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
            Name = request.Name.Trim(),
            Prefix = secret[..10],
            Hash = Hash(secret),
            Scopes = ApiKeyScopes.Join(request.Scopes),
            CreatedAt = time.GetUtcNow().UtcDateTime,
            CreatedByUserId = createdByUserId,
            ExpiresAt = request.ExpiresAt,
        };
        db.ApiKeys.Add(key);
        audit.Record(db, tenantId, actor, "api_key.created", "api_key", key.Id,
            new { name = key.Name, prefix = key.Prefix, scopes = key.Scopes, expires_at = key.ExpiresAt });
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiKey(key, secret);
    }

    /// <summary>The API keys page: owners only, their current tenant only.</summary>
    public async Task<Result<IReadOnlyList<ApiKeySummary>>> ListAsync(TenantAccess access, CancellationToken cancellationToken = default) =>
        await guard.RequireAsync(access, Roles.Owner, cancellationToken) is { } refused
            ? refused
            : Result<IReadOnlyList<ApiKeySummary>>.From(await ListAsync(access.TenantId, cancellationToken));

    /// <summary>A key that depends on the owner creating it: it stops working if they stop being an owner.</summary>
    public async Task<Result<CreatedApiKey>> CreateAsync(TenantAccess access, NewApiKey request, CancellationToken cancellationToken = default) =>
        await guard.RequireAsync(access, Roles.Owner, cancellationToken)
            ?? await CreateAsync(access.TenantId, request, access.Actor, access.UserId, cancellationToken);

    /// <summary>Revokes a key of the owner's current tenant; a key of another tenant is "not found".</summary>
    public async Task<Result<ApiKey>> RevokeAsync(TenantAccess access, string keyId, CancellationToken cancellationToken = default)
    {
        if (await guard.RequireAsync(access, Roles.Owner, cancellationToken) is { } refused) return refused;
        return await RevokeAsync(keyId, access.Actor, access.TenantId, cancellationToken);
    }

    /// <summary>
    /// An owner takes over a key suspended because its creator is no longer an owner: it works again, now depending
    /// on the owner who took it over. Scripts keep their key; the audit log says who vouches for it now.
    /// </summary>
    public async Task<Result<ApiKey>> TakeOverAsync(TenantAccess access, string keyId, CancellationToken cancellationToken = default)
    {
        if (await guard.RequireAsync(access, Roles.Owner, cancellationToken) is { } refused) return refused;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == keyId && k.TenantId == access.TenantId, cancellationToken);
        if (key is null) return Failure.NotFound("API key");
        var creatorIsOwner = key.CreatedByUserId is { } creator && await IsOwnerAsync(db, creator, key.TenantId, cancellationToken);
        if (StateOf(key, time.GetUtcNow().UtcDateTime, creatorIsOwner) != ApiKeyState.Suspended)
        {
            return new Failure("not_suspended", 409, "Not suspended", $"Only a suspended key can be taken over; \"{key.Name}\" is not.");
        }

        var before = key.CreatedByUserId;
        key.CreatedByUserId = access.UserId;
        audit.Record(db, key.TenantId, access.Actor, "api_key.taken_over", "api_key", key.Id, new { name = key.Name, from_user = before });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    /// <summary>Every key of the tenant, oldest first, with its creator's name and whether it works now.</summary>
    public async Task<IReadOnlyList<ApiKeySummary>> ListAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var keys = await db.ApiKeys.AsNoTracking().Where(k => k.TenantId == tenantId).OrderBy(k => k.Id).ToListAsync(cancellationToken);
        var creators = keys.Select(k => k.CreatedByUserId).OfType<string>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => creators.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName.Length > 0 ? u.DisplayName : u.Email ?? u.Id, cancellationToken);
        var owners = (await db.TenantMemberships.AsNoTracking()
            .Where(m => m.TenantId == tenantId && m.Role == Roles.Owner && creators.Contains(m.UserId))
            .Select(m => m.UserId).ToListAsync(cancellationToken)).ToHashSet();
        var now = time.GetUtcNow().UtcDateTime;
        return [.. keys.Select(k => new ApiKeySummary(
            k,
            k.CreatedByUserId is { } id ? names.GetValueOrDefault(id, "a removed account") : null,
            StateOf(k, now, k.CreatedByUserId is { } creator && owners.Contains(creator))))];
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

    /// <summary>Who a presented key speaks for and with which scopes, or why it is refused; records its use.</summary>
    public async Task<ApiKeyCheck> AuthenticateAsync(string presented, CancellationToken cancellationToken = default)
    {
        if (!presented.StartsWith(KeyPrefix, StringComparison.Ordinal) || presented.Length > 200) return ApiKeyCheck.Refused(UnknownKey);

        var hash = Hash(presented);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Hash == hash, cancellationToken);
        if (key is null) return ApiKeyCheck.Refused(UnknownKey);

        var now = time.GetUtcNow().UtcDateTime;
        var creatorIsOwner = key.CreatedByUserId is { } creator && await IsOwnerAsync(db, creator, key.TenantId, cancellationToken);
        switch (StateOf(key, now, creatorIsOwner))
        {
            case ApiKeyState.Revoked:
                return ApiKeyCheck.Refused($"This API key ({key.Prefix}…) was revoked. An owner can create another under Settings → API keys.");
            case ApiKeyState.Expired:
                return ApiKeyCheck.Refused($"This API key ({key.Prefix}…) expired at {key.ExpiresAt:yyyy-MM-ddTHH:mm:ssZ}. An owner can create another under Settings → API keys.");
            case ApiKeyState.Suspended:
                return ApiKeyCheck.Refused($"This API key ({key.Prefix}…) is suspended: the person who created it is no longer an owner of the tenant. "
                    + "Another owner can take it over under Settings → API keys.");
        }

        if (key.LastUsedAt is null || now - key.LastUsedAt >= LastUsedPrecision)
        {
            key.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }
        return new ApiKeyCheck(new ApiKeyIdentity(key.Id, key.TenantId, key.Name, ApiKeyScopes.Split(key.Scopes)), null);
    }

    private const string UnknownKey = "Unknown API key. Send a key created under Settings → API keys (or with 'api-keys create') as 'Authorization: Bearer hb_…'.";

    private static ApiKeyState StateOf(ApiKey key, DateTime now, bool creatorIsOwner) =>
        key.RevokedAt is not null ? ApiKeyState.Revoked
        : key.ExpiresAt is { } expires && expires <= now ? ApiKeyState.Expired
        : key.CreatedByUserId is not null && !creatorIsOwner ? ApiKeyState.Suspended
        : ApiKeyState.Active;

    private static Task<bool> IsOwnerAsync(HomeBaseDbContext db, string userId, string tenantId, CancellationToken cancellationToken) =>
        db.TenantMemberships.AnyAsync(m => m.UserId == userId && m.TenantId == tenantId && m.Role == Roles.Owner, cancellationToken);

    private Failure? Validate(NewApiKey request)
    {
        var errors = new Dictionary<string, string[]>();
        var name = request.Name.Trim();
        if (name.Length == 0 || name.Length > ApiKey.NameMaxLength || name.Any(char.IsControl))
        {
            errors["name"] = [$"An API key name is 1 to {ApiKey.NameMaxLength} printable characters."];
        }
        var unknown = ApiKeyScopes.Unknown(request.Scopes);
        if (unknown.Count > 0)
        {
            errors["scopes"] = [$"Unknown scope {string.Join(", ", unknown)}: the scopes are {string.Join(", ", ApiKeyScopes.Names)}."];
        }
        else if (ApiKeyScopes.Join(request.Scopes).Length == 0)
        {
            errors["scopes"] = ["Choose at least one scope: a key without scopes could do nothing."];
        }
        var now = time.GetUtcNow().UtcDateTime;
        var longest = TimeSpan.FromDays(options.Value.MaxLifetimeDays);
        if (request.ExpiresAt is { } expires && (expires <= now || expires - now > longest))
        {
            errors["expires_at"] = [$"An expiry is in the future and at most {options.Value.MaxLifetimeDays} days away (or none)."];
        }
        return errors.Count == 0 ? null : Failure.Validation(errors);
    }

    private static string Hash(string secret) => Sha256Hex.Of(secret);
}
