namespace HomeBase.Core.ApiKeys;

/// <summary>
/// An API key of one tenant. Only a SHA-256 hash of the key is stored: the key itself is shown once,
/// when it is created. Keys carry 256 bits of randomness, so a fast hash is safe here.
/// </summary>
public sealed class ApiKey
{
    public const int NameMaxLength = 100;

    public required string Id { get; init; }

    public required string TenantId { get; init; }

    public required string Name { get; set; }

    /// <summary>The first characters of the key (<c>hb_ab12cd</c>), enough to recognise it in a list.</summary>
    public required string Prefix { get; init; }

    public required string Hash { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? LastUsedAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public bool IsActive => RevokedAt is null;
}
