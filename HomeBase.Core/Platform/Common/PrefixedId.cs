using System.Security.Cryptography;

namespace HomeBase.Core.Platform.Common;

/// <summary>
/// Prefixed, sortable identifiers (<c>ten_…</c>, <c>int_…</c>): a ULID (the <c>Ulid</c> package) in lower-case
/// Crockford base32 behind a type prefix, so ids sort by creation time and say what they name.
/// </summary>
public static class PrefixedId
{
    public const string Tenant = "ten";
    public const string Integration = "int";
    public const string ApiKey = "key";
    public const string AuditEntry = "aud";
    public const string Invitation = "inv";

    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
    private const int UlidLength = 26;

    public static string New(string prefix, TimeProvider time) =>
        $"{prefix}_{NewUlid(time.GetUtcNow())}";

    /// <summary>True when <paramref name="value"/> is <paramref name="prefix"/>_ followed by a well-formed ULID.</summary>
    public static bool IsValid(string prefix, string? value)
    {
        if (value is null || value.Length != prefix.Length + 1 + UlidLength) return false;
        if (!value.StartsWith(prefix + "_", StringComparison.Ordinal)) return false;
        var ulid = value.AsSpan(prefix.Length + 1);
        // The first character carries only 3 bits of the 48-bit timestamp.
        if (ulid[0] > '7') return false;
        foreach (var c in ulid)
        {
            if (!Alphabet.Contains(c)) return false;
        }
        return true;
    }

    private static string NewUlid(DateTimeOffset now)
    {
        // The package's own randomness is a fast non-cryptographic generator; ids such as invitations' are seen in
        // links, so their 80 random bits come from the system's cryptographic generator.
        Span<byte> randomness = stackalloc byte[10];
        RandomNumberGenerator.Fill(randomness);
        return Ulid.NewUlid(now, randomness).ToString().ToLowerInvariant();
    }
}
