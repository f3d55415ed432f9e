using System.Globalization;
using HomeBase.Core.Ingestion.Connectors;
using HomeBase.Core.Integrations.Verification;
using HomeBase.Core.Platform.Azure;

namespace HomeBase.Core.Integrations.Credentials;

/// <summary>Finds the secret in use among the application's passwordCredentials by its hint (its first three characters).</summary>
internal static class SecretExpiryReader
{
    public static SecretExpiryCheck Read(ApiResponse response, string secret)
    {
        if (!response.IsSuccess || response.Body.Get("passwordCredentials") is not System.Text.Json.Nodes.JsonArray credentials)
        {
            return new(null, "unknown", response.Status == 404
                ? "The app registration is not in this tenant (a multi-tenant app owned elsewhere): enter the expiry date yourself."
                : $"The application object could not be read ({response.ErrorCode ?? response.Status.ToString(CultureInfo.InvariantCulture)}): enter the expiry date yourself.");
        }

        var hint = secret.Trim()[..Math.Min(3, secret.Trim().Length)];
        var matches = credentials
            .Where(c => string.Equals(c.Str("hint"), hint, StringComparison.Ordinal))
            .Select(c => DateTime.TryParse(c.Str("endDateTime"), CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var end) ? end : (DateTime?)null)
            .OfType<DateTime>()
            .Order()
            .ToList();
        return matches.Count switch
        {
            0 => new(null, "unknown", $"No secret with the hint '{hint}' is on the app registration: enter the expiry date yourself."),
            1 => new(matches[0], "graph", null),
            // Two secrets can share a hint; warning early is the safe side.
            _ => new(matches[0], "graph", $"{matches.Count} secrets share the hint '{hint}'; the earliest expiry is assumed. Delete secrets you no longer use."),
        };
    }
}
