using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;

namespace HomeBase.Sandbox.Http;

/// <summary>
/// Opaque skip and delta tokens: the paging state as JSON, base64url-encoded and signed, so that clients
/// cannot build or edit them (as Microsoft asks) and a tampered token is refused.
/// </summary>
public sealed class PageTokens
{
    private readonly byte[] key = RandomNumberGenerator.GetBytes(32);

    public string Protect<T>(T state)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(state);
        var mac = HMACSHA256.HashData(key, json).AsSpan(0, 12);
        return Base64Url.EncodeToString([.. json, .. mac]);
    }

    public T? Unprotect<T>(string? token) where T : class
    {
        if (string.IsNullOrEmpty(token)) return null;
        try
        {
            var bytes = Base64Url.DecodeFromChars(token);
            if (bytes.Length < 13) return null;
            var json = bytes.AsSpan(0, bytes.Length - 12);
            var expected = HMACSHA256.HashData(key, json).AsSpan(0, 12);
            if (!CryptographicOperations.FixedTimeEquals(expected, bytes.AsSpan(bytes.Length - 12))) return null;
            return JsonSerializer.Deserialize<T>(json);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }
}
