using System.Security.Cryptography;
using System.Text;

namespace HomeBase.Sandbox.Data;

/// <summary>
/// Deterministic "randomness": every value is a hash of (seed, what, index), so record N of a stream is
/// the same whenever it is asked for, and nothing has to be kept in memory.
/// </summary>
internal static class Det
{
    public static ulong Hash(int seed, string what, long index, int salt = 0)
    {
        // SplitMix64 over a mix of the inputs: fast, well spread, stable across runs and platforms.
        var x = (ulong)seed * 0x9E3779B97F4A7C15UL ^ StableHash(what) ^ (ulong)index * 0xBF58476D1CE4E5B9UL ^ (ulong)salt * 0x94D049BB133111EBUL;
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    public static int Int(ulong hash, int maxExclusive) => (int)(hash % (ulong)maxExclusive);

    public static T Pick<T>(IReadOnlyList<T> items, ulong hash) => items[Int(hash, items.Count)];

    /// <summary>True with probability <paramref name="percent"/>/100.</summary>
    public static bool Chance(ulong hash, int percent) => hash % 100 < (ulong)percent;

    public static Guid Guid(int seed, string what, long index)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, Hash(seed, what, index, 1));
        BitConverter.TryWriteBytes(bytes[8..], Hash(seed, what, index, 2));
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4 layout
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    public static string Hex(int seed, string what, long index, int length)
    {
        var sb = new StringBuilder(length);
        var salt = 0;
        while (sb.Length < length) sb.Append(Hash(seed, what, index, salt++).ToString("x16"));
        return sb.ToString(0, length);
    }

    // The set of "what" strings is small and fixed, so their digests are computed once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ulong> Digests = new(StringComparer.Ordinal);

    private static ulong StableHash(string value) => Digests.GetOrAdd(value, Digest);

    private static ulong Digest(string value)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(value), digest);
        return BitConverter.ToUInt64(digest);
    }
}
