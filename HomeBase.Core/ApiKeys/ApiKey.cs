namespace HomeBase.Core.ApiKeys;

/// <summary>
/// An API key of one tenant. Only a SHA-256 hash of the key is stored: the key itself is shown once,
/// when it is created. Keys carry 256 bits of randomness, so a fast hash is safe here.
/// </summary>
public sealed class ApiKey
{
    public const int NameMaxLength = 100;

    /// <summary>Wide enough for every scope of <see cref="ApiKeyScopes"/> with room for more.</summary>
    public const int ScopesMaxLength = 400;

    public required string Id { get; init; }

    public required string TenantId { get; init; }

    public required string Name { get; set; }

    /// <summary>The first characters of the key (<c>hb_ab12cd</c>), enough to recognise it in a list.</summary>
    public required string Prefix { get; init; }

    public required string Hash { get; init; }

    /// <summary>What the key may do: <see cref="ApiKeyScopes"/> names, separated by spaces.</summary>
    public required string Scopes { get; init; }

    public DateTime CreatedAt { get; init; }

    /// <summary>
    /// The owner who created the key, or null for keys made on the server's command line. The key works only while
    /// that person is an owner of the tenant; another owner may take it over.
    /// </summary>
    public string? CreatedByUserId { get; set; }

    /// <summary>After this instant the key is refused; null for a key without expiry.</summary>
    public DateTime? ExpiresAt { get; init; }

    public DateTime? LastUsedAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    /// <summary>Not revoked (it may still have expired or be suspended: see <see cref="ApiKeyState"/>).</summary>
    public bool IsActive => RevokedAt is null;

    public bool HasScope(string scope) => ApiKeyScopes.Split(Scopes).Contains(scope);
}
