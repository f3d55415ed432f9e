using System.Text.Json.Nodes;

namespace HomeBase.Sandbox.Data;

// The indicators an alert's evidence names: a small set per tenant, so that the same attacker address, domain, phishing URL or
// malware file turns up in several alerts, as one campaign does. Every value is reserved for documentation (RFC 5737
// addresses, .example names).
public sealed partial class TenantData
{
    private static readonly string[] AttackerAddresses = ["203.0.113.7", "203.0.113.42", "198.51.100.23", "198.51.100.77", "192.0.2.150", "203.0.113.99"];

    private static readonly string[] CommandDomains = ["update-check.contoso-cdn.example", "telemetry.fabrikam-sync.example", "c2.tailspin-files.example", "cdn-login.woodgrove-mail.example"];

    private static readonly string[] PhishingUrls =
    [
        "https://login-microsoftonline.account-verify.example/common/oauth2/authorize?client_id=4765445b",
        "https://sharepoint-docs.invoice-share.example/sites/finance/Shared%20Documents/Invoice_Q4.html",
        "https://mfa-reset.helpdesk-portal.example/reset",
    ];

    private static readonly string[] MalwareFiles = ["invoice_q4.docm", "update.ps1", "svch0st.exe"];

    /// <summary>The indicators alert <paramref name="index"/> names, in evidence order: (kind, value as Microsoft sends it).</summary>
    internal IReadOnlyList<(string Kind, string Value)> AlertIndicators(long index)
    {
        var kind = AlertKindOf(index);
        var pick = H("alert:indicator", index);
        return kind.Category switch
        {
            "LateralMovement" or "CredentialAccess" => [("ip", Det.Pick(AttackerAddresses, pick))],
            "InitialAccess" when kind.Source == "microsoftDefenderForOffice365" => [("url", Det.Pick(PhishingUrls, pick))],
            "Malware" or "Ransomware" => [("file", MalwareHash(Det.Int(pick, MalwareFiles.Length))), ("domain", Det.Pick(CommandDomains, pick >> 8))],
            "Execution" => [("domain", Det.Pick(CommandDomains, pick))],
            _ => [],
        };
    }

    /// <summary>A malware file's SHA-256, stable per tenant.</summary>
    private string MalwareHash(int file) => Det.Hex(Seed, "malware", file, 64);

    private static string MalwareName(int file) => MalwareFiles[file];

    /// <summary>The evidence entries of the alert's indicators, each with its Microsoft shape.</summary>
    private IEnumerable<JsonObject> IndicatorEvidence(long index, DateTimeOffset created)
    {
        foreach (var (kind, value) in AlertIndicators(index))
        {
            var evidence = new JsonObject
            {
                ["createdDateTime"] = Iso(created),
                ["verdict"] = kind == "file" ? "malicious" : "suspicious",
                ["remediationStatus"] = "none",
                ["roles"] = Strings(),
            };
            switch (kind)
            {
                case "ip":
                    evidence["@odata.type"] = "#microsoft.graph.security.ipEvidence";
                    evidence["ipAddress"] = value;
                    evidence["countryLetterCode"] = "NL";
                    break;
                case "url":
                    evidence["@odata.type"] = "#microsoft.graph.security.urlEvidence";
                    evidence["url"] = value;
                    break;
                case "domain":
                    evidence["@odata.type"] = "#microsoft.graph.security.dnsEvidence";
                    evidence["domainName"] = value;
                    break;
                default:
                    var file = System.Array.IndexOf([.. Enumerable.Range(0, MalwareFiles.Length).Select(MalwareHash)], value);
                    evidence["@odata.type"] = "#microsoft.graph.security.fileEvidence";
                    evidence["detectionStatus"] = "detected";
                    evidence["fileDetails"] = new JsonObject
                    {
                        ["fileName"] = MalwareName(file),
                        ["filePath"] = @"C:\Users\Public\Downloads",
                        ["sha256"] = value,
                        ["sha1"] = Det.Hex(Seed, "malware:sha1", file, 40),
                        ["fileSize"] = 48_213 + file * 1_024,
                    };
                    break;
            }
            yield return evidence;
        }
    }
}
