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

    [Fact]
    public void DefenderForBusiness_StandaloneSku_CountsAsDefenderForEndpoint()
    {
        // Microsoft's licensing reference: "Microsoft Defender for Business | MDE_SMB | 5e1e7702-…" carrying the plan
        // MDE_SMB (bfc1bbd9-981b-4f71-9b82-17c35fd0e2a4); neither WINDEFATP nor MDE_LITE is in it.
        var skus = new JsonArray(new JsonObject
        {
            ["capabilityStatus"] = "Enabled", ["skuPartNumber"] = "MDE_SMB", ["skuId"] = "5e1e7702-a2b7-4360-8d07-2f515792896f",
            ["servicePlans"] = new JsonArray(new JsonObject
            {
                ["appliesTo"] = "User", ["provisioningStatus"] = "Success", ["servicePlanId"] = "bfc1bbd9-981b-4f71-9b82-17c35fd0e2a4", ["servicePlanName"] = "MDE_SMB",
            }),
        });
        var usable = Licences.Usable(skus.OfType<JsonObject>());

        Assert.True(Licences.Has(usable, Licence.DefenderForEndpoint));
        Assert.False(Licences.Has(usable, Licence.DefenderVulnerabilityManagement));
    }
}
