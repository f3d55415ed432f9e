using System.Text.Json.Nodes;

namespace HomeBase.Sandbox.Data;

// Defender for Endpoint's security recommendations (docs/microsoft-apis.md §4.4), in the shape of Microsoft's list example: software
// updates ("va-_-vendor-_-product") and configuration changes ("sca-_-scid-n"), each exposing a share of the onboarded devices, with
// one granted an exception. Values are within the documented enums; severityScore is 0 as in every example.
public sealed partial class TenantData
{
    private static readonly (string Id, string Name, string Product, string Vendor, string? Version, string Category, string Remediation, string Component)[] RecommendationCatalog =
    [
        ("va-_-google-_-chrome", "Update Google Chrome to version 131.0.6778.86", "chrome", "google", "131.0.6778.86", "Application", "Update", "Chrome"),
        ("va-_-microsoft-_-edge_chromium-based", "Update Microsoft Edge Chromium-based to version 131.0.2903.70", "edge_chromium-based", "microsoft", "131.0.2903.70", "Application", "Update", "Edge Chromium-based"),
        ("va-_-mozilla-_-firefox", "Update Mozilla Firefox to version 133.0", "firefox", "mozilla", "133.0", "Application", "Update", "Firefox"),
        ("va-_-7-zip-_-7-zip", "Update 7-Zip to version 24.08", "7-zip", "7-zip", "24.08", "Application", "Update", "7-Zip"),
        ("va-_-openssl-_-openssl", "Update OpenSSL to version 3.0.15", "openssl", "openssl", "3.0.15", "Application", "Update", "OpenSSL"),
        ("va-_-microsoft-_-windows_11", "Update Microsoft Windows 11 (OS and built-in applications)", "windows_11", "microsoft", null, "OS", "Update", "Windows 11"),
        ("va-_-oracle-_-jre", "Uninstall Oracle Java Runtime Environment 8", "jre", "oracle", null, "Application", "Uninstall", "Java Runtime Environment"),
        ("sca-_-scid-2010", "Turn on Microsoft Defender Antivirus PUA protection in block mode", "windows_10", "microsoft", null, "SecurityControls", "ConfigurationChange", "Microsoft Defender Antivirus"),
        ("sca-_-scid-2200", "Disable SMBv1 client driver", "windows_10", "microsoft", null, "Network", "ConfigurationChange", "SMB"),
        ("sca-_-scid-84", "Enable 'Local Security Authority (LSA) protection'", "windows_10", "microsoft", null, "OS", "ConfigurationChange", "Local Security Authority"),
        ("sca-_-scid-2500", "Block Office applications from creating child processes", "office", "microsoft", null, "SecurityControls", "ConfigurationChange", "Attack surface reduction"),
        ("sca-_-scid-1000", "Set 'Minimum password length' to '14 or more character(s)'", "windows_10", "microsoft", null, "Accounts", "ConfigurationChange", "Accounts"),
    ];

    /// <summary>The tenant's recommendations, most exposure impact first, as <c>/api/recommendations</c> lists them.</summary>
    internal IReadOnlyList<JsonObject> SecurityRecommendations()
    {
        var onboarded = Enumerable.Range(0, MachineCount).Count(MachineOnboarded);
        if (onboarded == 0) return [];
        return [.. RecommendationCatalog.Select((r, i) =>
        {
            var exposed = Math.Max(1, onboarded * (12 - i) / 14);
            var software = r.Remediation != "ConfigurationChange";
            return new JsonObject
            {
                ["id"] = r.Id,
                ["productName"] = r.Product,
                ["recommendationName"] = r.Name,
                ["weaknesses"] = software ? 3 + Det.Int(H("recommendation:weaknesses", i), 120) : 0,
                ["vendor"] = r.Vendor,
                ["recommendedVersion"] = r.Version ?? "",
                ["recommendedProgram"] = "",
                ["recommendedVendor"] = "",
                ["recommendationCategory"] = r.Category,
                ["subCategory"] = software ? "" : r.Component,
                ["severityScore"] = 0,
                ["publicExploit"] = software && Det.Chance(H("recommendation:exploit", i), 60),
                ["activeAlert"] = Det.Chance(H("recommendation:alert", i), 20),
                ["associatedThreats"] = new JsonArray(),
                ["remediationType"] = r.Remediation,
                ["status"] = RecommendationHasException(i) ? "Exception" : "Active",
                ["configScoreImpact"] = software ? 0 : Math.Round(1.5 + Det.Int(H("recommendation:config", i), 60) / 10.0, 2),
                ["exposureImpact"] = Math.Round(2.4 - i * 0.18 + Det.Int(H("recommendation:impact", i), 9) / 100.0, 4),
                ["totalMachineCount"] = onboarded,
                ["exposedMachinesCount"] = exposed,
                ["nonProductivityImpactedAssets"] = 0,
                ["relatedComponent"] = r.Component,
                ["exposedCriticalDevices"] = exposed / 4,
            };
        })];
    }

    /// <summary>One recommendation, the same for every tenant, has an exception granted.</summary>
    internal static bool RecommendationHasException(int index) => index == 6;
}
