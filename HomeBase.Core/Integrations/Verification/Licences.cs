using HomeBase.Core.Ingestion.Streams;

namespace HomeBase.Core.Integrations.Verification;

/// <summary>Which licence SKUs (by part number, as /subscribedSkus reports them) include what a stream needs.</summary>
internal static class Licences
{
    private static readonly Dictionary<Licence, string[]> Skus = new()
    {
        [Licence.EntraP1] = ["AAD_PREMIUM", "AAD_PREMIUM_P2", "EMS", "EMSPREMIUM", "SPE_E3", "SPE_E5", "SPB", "M365_F1", "IDENTITY_THREAT_PROTECTION"],
        [Licence.EntraP2] = ["AAD_PREMIUM_P2", "EMSPREMIUM", "SPE_E5", "IDENTITY_THREAT_PROTECTION"],
        [Licence.DefenderForEndpoint] = ["WIN_DEF_ATP", "DEFENDER_ENDPOINT_P1", "MDATP_XPLAT", "MDATP_Server", "SPE_E5", "SPB"],
        [Licence.DefenderVulnerabilityManagement] = ["WIN_DEF_ATP", "SPE_E5", "TVM_PREMIUM_1"],
    };

    public static string Name(Licence licence) => licence switch
    {
        Licence.EntraP1 => "Microsoft Entra ID P1 (or P2)",
        Licence.EntraP2 => "Microsoft Entra ID P2",
        Licence.DefenderForEndpoint => "Microsoft Defender for Endpoint (Plan 1 or 2)",
        Licence.DefenderVulnerabilityManagement => "Microsoft Defender for Endpoint Plan 2 or Defender Vulnerability Management",
        _ => "none",
    };

    /// <summary>True, false, or null when the tenant's licences are not known.</summary>
    public static bool? Has(IReadOnlySet<string>? skus, Licence licence) =>
        licence == Licence.None ? true : skus is null ? null : Skus[licence].Any(skus.Contains);
}
