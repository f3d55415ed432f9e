using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Integrations.Verification;
using HomeBase.Tests.Infrastructure.Contracts;

namespace HomeBase.Tests.Unit.Integrations;

/// <summary>Licences read as Microsoft's documented subscribedSkus response means them: capability status and service plans.</summary>
[Trait("Category", "Unit")]
public sealed class LicenceContractTests
{
    private static JsonArray Example() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(MicrosoftSchema.Directory, "examples", "graph", "subscribedsku-list.json")))!["response"]!["value"]!.AsArray();

    [Fact]
    public void DocumentedExample_TheSuspendedSkuAndItsDisabledPlanGiveNothing()
    {
        var usable = Licences.Usable(Example().OfType<JsonObject>());

        Assert.Contains("ENTERPRISEPREMIUM", usable);
        Assert.Contains("ADALLOM_S_O365", usable);
        // Microsoft's example lists CRMSTANDARD as Suspended with its plan Disabled.
        Assert.DoesNotContain("CRMSTANDARD", usable);
    }

    [Fact]
    public void EntraP2_ThatComesAsAServicePlanOfABundle_Counts()
    {
        var skus = Example();
        // The documented shape, with the bundle carrying the Entra ID P2 plan.
        skus[0]!["servicePlans"]!.AsArray().Add(new JsonObject
        {
            ["appliesTo"] = "User", ["provisioningStatus"] = "Success", ["servicePlanId"] = "eec0eb4f-6444-4f95-aba0-50c24d67f998", ["servicePlanName"] = "AAD_PREMIUM_P2",
        });
        Assert.True(Licences.Has(Licences.Usable(skus.OfType<JsonObject>()), Licence.EntraP2));

        skus[0]!["capabilityStatus"] = "Suspended";
        Assert.False(Licences.Has(Licences.Usable(skus.OfType<JsonObject>()), Licence.EntraP2));
    }
}
