using System.Text.Json.Nodes;

namespace HomeBase.Sandbox.Data;

// Defender Threat Intelligence's reputation of the hosts the alerts name (docs/microsoft-apis.md §3.5), in the shape of Microsoft's
// example on the reputation page: most attacker addresses and command domains are known, one address Microsoft has no record of
// (404), and any other host is unknown with a score of 0. Rules use only the names the example shows.
public sealed partial class TenantData
{
    /// <summary>The address Defender Threat Intelligence has no record of: the sandbox answers 404 for it.</summary>
    internal const string UnrecordedHost = "192.0.2.150";

    private static readonly Dictionary<string, (string Classification, int Score, string[] Rules)> Reputations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["203.0.113.7"] = ("malicious", 100, ["article:Activity Snapshot: Password spray infrastructure rotates through hosting providers"]),
        ["203.0.113.42"] = ("malicious", 85, ["article:Residential proxies relay lateral movement into hybrid identity environments"]),
        ["198.51.100.23"] = ("suspicious", 60, []),
        ["198.51.100.77"] = ("suspicious", 45, []),
        ["203.0.113.99"] = ("neutral", 5, []),
        ["update-check.contoso-cdn.example"] = ("malicious", 100, ["article:Batloader-style loaders fetch payloads from lookalike CDN domains", "nameserver", "registrar", "resolves:203.0.113.7"]),
        ["telemetry.fabrikam-sync.example"] = ("suspicious", 70, ["nameserver", "registrar"]),
        ["c2.tailspin-files.example"] = ("malicious", 95, ["article:Ransomware operators stage command and control on file-sharing lookalikes", "registrar", "resolves:203.0.113.42"]),
        ["cdn-login.woodgrove-mail.example"] = ("unknown", 0, []),
    };

    /// <summary>The classification Defender Threat Intelligence gives <paramref name="host"/>; null when it has no record of it (404).</summary>
    internal static string? ReputationClassification(string host) =>
        string.Equals(host, UnrecordedHost, StringComparison.OrdinalIgnoreCase) ? null : Reputations.TryGetValue(host, out var r) ? r.Classification : "unknown";

    /// <summary>The hostReputation of <paramref name="host"/> as Graph sends it, or null for a host with no record.</summary>
    internal JsonObject? HostReputationJson(string host)
    {
        if (ReputationClassification(host) is not { } classification) return null;
        var (_, score, rules) = Reputations.TryGetValue(host, out var known) ? known : ("unknown", 0, []);
        return new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.security.hostReputation",
            ["id"] = Det.Guid(Seed, "reputation:" + host.ToLowerInvariant(), 0).ToString(),
            ["classification"] = classification,
            ["score"] = score,
            ["rules"] = new JsonArray([.. rules.Select(r => (JsonNode)Rule(r))]),
        };
    }

    // Only the rule names Microsoft's example shows.
    private static JsonObject Rule(string rule)
    {
        var (kind, detail) = rule.IndexOf(':') is var at and > 0 ? (rule[..at], rule[(at + 1)..]) : (rule, "");
        return kind switch
        {
            "article" => RuleJson("Microsoft Defender Threat Intelligence Intel Article", detail, "high",
                "https://ti.defender.microsoft.com/article/" + Det.Hex(0, "article:" + detail, 0, 8)),
            "nameserver" => RuleJson("Name server", "Domain is using a name server that has been associated with suspicious behavior", "medium", null),
            "registrar" => RuleJson("Registrar", "Domains registered using this registrar are frequently associated with suspicious behavior", "medium", null),
            _ => RuleJson("Resolving IP Address", detail, "low", "https://ti.defender.microsoft.com/search?query=" + detail),
        };
    }

    private static JsonObject RuleJson(string name, string description, string severity, string? url) => new()
    {
        ["name"] = name,
        ["description"] = description,
        ["severity"] = severity,
        ["relatedDetailsUrl"] = url,
    };
}
