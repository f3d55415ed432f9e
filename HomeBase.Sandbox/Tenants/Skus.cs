namespace HomeBase.Sandbox.Tenants;

/// <summary>Licence SKU part numbers as <c>/subscribedSkus</c> reports them.</summary>
public static class Skus
{
    public const string EntraP1 = "AAD_PREMIUM";
    public const string EntraP2 = "AAD_PREMIUM_P2";
    public const string DefenderP1 = "DEFENDER_ENDPOINT_P1";
    public const string DefenderP2 = "WIN_DEF_ATP";

    public static IReadOnlyDictionary<string, Guid> SkuIds { get; } = new Dictionary<string, Guid>
    {
        [EntraP1] = new("078d2b04-f1bd-4111-bbd4-b4b1b354cef4"),
        [EntraP2] = new("84a661c4-e949-4bd2-a560-ed7766fcaf2b"),
        [DefenderP1] = new("16a55f2f-ff35-4cd5-9146-fb784e3761a5"),
        [DefenderP2] = new("111046dd-295b-4d6d-9724-d52ac90bd1f2"),
    };
}
