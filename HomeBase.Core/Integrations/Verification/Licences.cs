using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Connectors;
using HomeBase.Core.Ingestion.Streams;

namespace HomeBase.Core.Integrations.Verification;

/// <summary>Which licence SKUs (by part number, as /subscribedSkus reports them) include what a stream needs.</summary>
internal static class Licences
{
    private static readonly Dictionary<Licence, string[]> Skus = new()
    {
        // SKU part numbers, then the service plans that carry the capability inside any bundle (docs/microsoft-apis.md §2.8:
        // AAD_PREMIUM, AAD_PREMIUM_P2, WINDEFATP for Defender for Endpoint P2, MDE_LITE for P1, MDE_SMB for Defender for
        // Business, which is what Microsoft 365 Business Premium carries, TVM_PREMIUM_1 for the Vulnerability Management add-on).
        [Licence.EntraP1] = ["AAD_PREMIUM", "AAD_PREMIUM_P2", "EMS", "EMSPREMIUM", "SPE_E3", "SPE_E5", "SPB", "M365_F1", "IDENTITY_THREAT_PROTECTION"],
        [Licence.EntraP2] = ["AAD_PREMIUM_P2", "EMSPREMIUM", "SPE_E5", "IDENTITY_THREAT_PROTECTION"],
        [Licence.DefenderForEndpoint] = ["WIN_DEF_ATP", "DEFENDER_ENDPOINT_P1", "MDATP_XPLAT", "MDATP_Server", "SPE_E5", "SPB", "MDE_LITE", "WINDEFATP", "MDE_SMB"],
        [Licence.DefenderVulnerabilityManagement] = ["WIN_DEF_ATP", "SPE_E5", "TVM_PREMIUM_1", "WINDEFATP"],
        // ATA is both the standalone product's part number and the service plan every bundle that includes Defender for
        // Identity carries (Microsoft 365 E5 and E5 Security, EMS E5).
        [Licence.DefenderForIdentity] = ["ATA", "SPE_E5", "EMSPREMIUM", "IDENTITY_THREAT_PROTECTION"],
        // The Defender Threat Intelligence SKU and its service plan (not THREAT_INTELLIGENCE, which is Defender for Office 365 Plan 2).
        // Newer Graph pages say Defender XDR customers need no separate licence: a tenant without the SKU whose call succeeds is ready.
        [Licence.DefenderThreatIntelligence] = ["Defender_Threat_Intelligence", "THREAT_INTELLIGENCE_APP"],
    };

    public static string Name(Licence licence) => licence switch
    {
        Licence.EntraP1 => "Microsoft Entra ID P1 (or P2)",
        Licence.EntraP2 => "Microsoft Entra ID P2",
        Licence.DefenderForEndpoint => "Microsoft Defender for Endpoint (Plan 1 or 2)",
        Licence.DefenderVulnerabilityManagement => "Microsoft Defender for Endpoint Plan 2 or Defender Vulnerability Management",
        Licence.DefenderForIdentity => "Microsoft Defender for Identity",
        Licence.DefenderThreatIntelligence => "Microsoft Defender Threat Intelligence",
        _ => "none",
    };

    /// <summary>
    /// The licences a tenant can use, from <c>/subscribedSkus</c>: the part numbers of SKUs whose
    /// <c>capabilityStatus</c> is <c>Enabled</c> or <c>Warning</c> (a Suspended or LockedOut SKU gives nothing), and
    /// the names of their service plans that are not disabled, so that a P2 that comes inside a bundle counts.
    /// </summary>
    public static HashSet<string> Usable(IEnumerable<JsonObject> skus)
    {
        var usable = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sku in skus)
        {
            if (sku.Str("capabilityStatus") is { } status && !UsableStatuses.Contains(status, StringComparer.OrdinalIgnoreCase)) continue;
            if (sku.Str("skuPartNumber") is { } part) usable.Add(part);
            foreach (var plan in sku.Get("servicePlans") as JsonArray ?? [])
            {
                if (plan.Str("provisioningStatus") is { } provisioning && string.Equals(provisioning, "Disabled", StringComparison.OrdinalIgnoreCase)) continue;
                if (plan.Str("servicePlanName") is { } name) usable.Add(name);
            }
        }
        return usable;
    }

    private static readonly string[] UsableStatuses = ["Enabled", "Warning"];

    /// <summary>True, false, or null when the tenant's licences are not known.</summary>
    public static bool? Has(IReadOnlySet<string>? skus, Licence licence) =>
        licence == Licence.None ? true : skus is null ? null : Skus[licence].Any(skus.Contains);
}
