using System.Security.Cryptography;

namespace HomeBase.Core.Platform.Common;

/// <summary>
/// Prefixed, sortable identifiers (<c>ten_…</c>, <c>int_…</c>): a ULID in lower-case Crockford base32
/// behind a type prefix, so ids sort by creation time and say what they name.
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
        Span<byte> bytes = stackalloc byte[16];
        var ms = (ulong)now.ToUnixTimeMilliseconds();
        for (var i = 5; i >= 0; i--)
        {
            bytes[i] = (byte)(ms & 0xFF);
            ms >>= 8;
        }
        RandomNumberGenerator.Fill(bytes[6..]);
        return EncodeBase32(bytes);
    }

    private static string EncodeBase32(ReadOnlySpan<byte> bytes)
    {
        // 128 bits → 26 characters of 5 bits, the first holding the top 3 bits.
        var value = new UInt128(
            System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes[..8]),
            System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]));
        Span<char> chars = stackalloc char[UlidLength];
        for (var i = UlidLength - 1; i >= 0; i--)
        {
            chars[i] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }
        return new string(chars);
    }
}
