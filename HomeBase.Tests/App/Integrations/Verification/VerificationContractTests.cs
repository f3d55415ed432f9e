using System.Text.Json.Nodes;
using HomeBase.Core.Integrations;
using HomeBase.Core.Integrations.Verification;
using HomeBase.Tests.App.Ingestion;
using HomeBase.Tests.Infrastructure;
using HomeBase.Tests.Infrastructure.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.App.Integrations.Verification;

/// <summary>
/// Every field verification reads (the secret's expiry on the application, the organization's name, the licences,
/// the subscriptions) is on Microsoft's type with a compatible type, as the connectors' fields are.
/// </summary>
[Trait("Category", "App")]
public sealed class VerificationContractTests(HomeBaseAppFixture fixture) : IClassFixture<HomeBaseAppFixture>
{
    private static readonly MicrosoftSchema Schema = MicrosoftSchema.Instance;

    /// <summary>The pages verification reads, named by their content (one verification reads many kinds).</summary>
    private static string? PageTypeOf(JsonNode page)
    {
        if (page is JsonObject o && o.ContainsKey("passwordCredentials")) return "microsoft.graph.application";
        if (page["value"] is JsonArray { Count: > 0 } items && items[0] is JsonObject first)
        {
            if (first.ContainsKey("skuPartNumber")) return Schema.GraphPaths["subscribedSkus"];
            if (page["@odata.context"]?.GetValue<string>().Contains("organization", StringComparison.Ordinal) == true) return Schema.GraphPaths["organization"];
        }
        return ConnectorContractTests.PageTypeByContent(page);
    }

    [Fact]
    public async Task EveryFieldVerificationReads_IsOnMicrosoftsTypeWithACompatibleType()
    {
        using var log = new JsonReadLog(Schema, _ => null, PageTypeOf).Start();
        var contoso = RequestBodies.Contoso;
        // In the test's own async flow, where the read log observes (a request to the app runs in the server's).
        var input = new VerificationInput("sandbox", contoso.AzureTenantId, contoso.ClientId, contoso.Secret,
            new IntegrationConfig { IngestDefenderForCloud = true });

        var result = await fixture.App.Services.GetRequiredService<VerificationService>().VerifyAsync(input);

        Assert.Equal("connected", result.Value!.IntegrationStatus);
        Assert.True(log.Problems.Count == 0, "Fields read that Microsoft's schema does not have:\n" + string.Join('\n', log.Problems));
        var read = log.Reads.Select(r => $"{r.OnType}.{r.Name}").ToHashSet();
        Assert.Contains("microsoft.graph.application.passwordCredentials", read);
        Assert.Contains("microsoft.graph.passwordCredential.hint", read);
        Assert.Contains("microsoft.graph.passwordCredential.endDateTime", read);
        Assert.Contains("microsoft.graph.organization.displayName", read);
        Assert.Contains("microsoft.graph.subscribedSku.capabilityStatus", read);
        Assert.Contains("microsoft.graph.servicePlanInfo.servicePlanName", read);
    }
}
