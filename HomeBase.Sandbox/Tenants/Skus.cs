namespace HomeBase.Sandbox.Tenants;

/// <summary>Licence SKU part numbers as <c>/subscribedSkus</c> reports them.</summary>
public static class Skus
{
    public const string EntraP1 = "AAD_PREMIUM";
    public const string EntraP2 = "AAD_PREMIUM_P2";
    public const string DefenderP1 = "DEFENDER_ENDPOINT_P1";
    public const string DefenderP2 = "WIN_DEF_ATP";
    public const string DefenderForIdentity = "ATA";
    public const string DefenderThreatIntelligence = "Defender_Threat_Intelligence";

    public static IReadOnlyDictionary<string, Guid> SkuIds { get; } = new Dictionary<string, Guid>
    {
        [EntraP1] = new("078d2b04-f1bd-4111-bbd4-b4b1b354cef4"),
        [EntraP2] = new("84a661c4-e949-4bd2-a560-ed7766fcaf2b"),
        [DefenderP1] = new("16a55f2f-ff35-4cd5-9146-fb784e3761a5"),
        [DefenderP2] = new("111046dd-295b-4d6d-9724-d52ac90bd1f2"),
        [DefenderForIdentity] = new("98defdf7-f6c1-44f5-a1f6-943b6764e7a5"),
        [DefenderThreatIntelligence] = new("a9c51c15-ffad-4c66-88c0-8771455c832d"),
    };

    /// <summary>
    /// The service plans each SKU carries, as Microsoft's licensing reference lists them (entra-docs
    /// licensing-service-plan-reference.md): what a bundle-aware licence check reads.
    /// </summary>
    public static IReadOnlyDictionary<string, (string Name, Guid Id)[]> ServicePlans { get; } = new Dictionary<string, (string, Guid)[]>
    {
        [EntraP1] = [("AAD_PREMIUM", new("41781fb2-bc02-4b7c-bd55-b576c07bb09d")), ("MFA_PREMIUM", new("8a256a2b-b617-496d-b51b-e76466e88db0"))],
        [EntraP2] =
        [
            ("AAD_PREMIUM", new("41781fb2-bc02-4b7c-bd55-b576c07bb09d")), ("AAD_PREMIUM_P2", new("eec0eb4f-6444-4f95-aba0-50c24d67f998")),
            ("MFA_PREMIUM", new("8a256a2b-b617-496d-b51b-e76466e88db0")),
        ],
        [DefenderP1] = [("MDE_LITE", new("292cc034-7b7c-4950-aaf5-943befd3f1d4"))],
        [DefenderP2] = [("WINDEFATP", new("871d91ec-ec1a-452b-a83f-bd76c7d770ef"))],
        [DefenderForIdentity] = [("ATA", new("14ab5db5-e6c4-4b20-b4bc-13e36fd2227f")), ("ADALLOM_FOR_AATP", new("61d18b02-6889-479f-8f36-56e6e0fe5792"))],
        [DefenderThreatIntelligence] = [("THREAT_INTELLIGENCE_APP", new("fbdb91e6-7bfd-4a1f-8f7a-d27f4ef39702"))],
    };
}
