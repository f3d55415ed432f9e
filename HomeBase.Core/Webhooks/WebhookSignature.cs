using System.Security.Cryptography;
using System.Text;

namespace HomeBase.Core.Webhooks;

/// <summary>
/// <c>HomeBase-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "t.body" with the endpoint's secret&gt;</c>, with a
/// second <c>v1=</c> for the previous secret during the day after a roll. Receivers recompute it, accept any
/// <c>v1</c> that matches their secret, and reject a timestamp older than five minutes, which stops replays.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "HomeBase-Signature";

    public static string Sign(string secret, long timestamp, string body) => Sign([secret], timestamp, body);

    /// <summary>One <c>v1=</c> per secret, in the order given (the current secret first).</summary>
    public static string Sign(IReadOnlyList<string> secrets, long timestamp, string body) =>
        $"t={timestamp}," + string.Join(',', secrets.Select(secret => $"v1={Mac(secret, timestamp, body)}"));

    /// <summary>Whether <paramref name="header"/> signs <paramref name="body"/> with <paramref name="secret"/> (what a receiver checks).</summary>
    public static bool Verify(string secret, string header, string body)
    {
        var parts = header.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToList();
        if (parts.FirstOrDefault(p => p[0] == "t") is not [_, var t] || !long.TryParse(t, out var timestamp)) return false;
        var expected = Encoding.ASCII.GetBytes(Mac(secret, timestamp, body));
        return parts.Where(p => p[0] == "v1").Any(p => CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(p[1])));
    }

    private static string Mac(string secret, long timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
}
