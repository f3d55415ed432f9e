using System.Net;
using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>
/// An integration that chooses a regional Defender for Endpoint host (Microsoft's us, eu, uk, au, swa) is verified
/// and collected on that host, with the same token scope; clearing the choice returns it to the cloud's host.
/// </summary>
[Trait("Category", "App")]
public sealed class DefenderRegionalHostTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>
{
    private IngestionApp App => fixture.App;

    [Fact]
    public async Task Sync_WithARegion_CollectsEveryDefenderStreamOnTheRegionalHostToGroundTruth()
    {
        var tenant = await App.CreateTenantAsync();
        var integration = await App.ConnectAsync(tenant, RequestBodies.Contoso);
        using var client = App.CreateApiClient(tenant.ApiKey);
        var patched = await client.PatchAsync($"/v1/integrations/{integration}",
            new JsonObject { ["config"] = new JsonObject { ["defender_region"] = "EU" } }.Json());
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal("eu", JsonNode.Parse(await patched.Content.ReadAsStringAsync())!["config"]!["defender_region"]!.GetValue<string>());

        var before = (await DefenderPathsAsync()).Count;
        var verified = await client.PostAsync($"/v1/integrations/{integration}/verify", null);
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        var probes = (await DefenderPathsAsync()).Skip(before).ToList();
        Assert.NotEmpty(probes);
        Assert.All(probes, p => Assert.StartsWith("/mde/regions/eu/api/", p));
        var machines = await App.Runner.RunAsync(integration, StreamCatalog.Machines);
        var vulnerabilities = await App.Runner.RunAsync(integration, StreamCatalog.Vulnerabilities);

        Assert.Equal((StreamStates.Healthy, StreamStates.Healthy), (machines!.State, vulnerabilities!.State));
        var truth = await App.GroundTruthAsync("contoso", App.BackfillStart);
        Assert.Equal(truth[StreamCatalog.Machines], await App.StoredAsync(integration, StreamCatalog.Machines));
        Assert.Equal(truth[StreamCatalog.Vulnerabilities], await App.StoredAsync(integration, StreamCatalog.Vulnerabilities));
        var called = (await DefenderPathsAsync()).Skip(before).ToList();
        Assert.Contains(called, p => p.StartsWith("/mde/regions/eu/api/machines", StringComparison.Ordinal));
        Assert.Contains(called, p => p.StartsWith("/mde/regions/eu/api/machines/SoftwareVulnerabilitiesByMachine", StringComparison.Ordinal));
        // The first page is on the regional host; next links the regional host returns stay on the sandbox's host.
        Assert.DoesNotContain(called, p => p.StartsWith("/mde/regions/", StringComparison.Ordinal) && !p.StartsWith("/mde/regions/eu/", StringComparison.Ordinal));

        var cleared = await client.PatchAsync($"/v1/integrations/{integration}",
            new JsonObject { ["config"] = new JsonObject { ["defender_region"] = "" } }.Json());
        Assert.Null(JsonNode.Parse(await cleared.Content.ReadAsStringAsync())!["config"]!["defender_region"]);
        before = (await DefenderPathsAsync()).Count;
        App.Clock.Advance(TimeSpan.FromHours(1));
        await App.Runner.RunAsync(integration, StreamCatalog.Machines);
        var afterClearing = (await DefenderPathsAsync()).Skip(before).ToList();
        Assert.Contains(afterClearing, p => p.StartsWith("/mde/api/machines", StringComparison.Ordinal));
        Assert.DoesNotContain(afterClearing, p => p.StartsWith("/mde/regions/", StringComparison.Ordinal));
    }

    private async Task<List<string>> DefenderPathsAsync() =>
        [.. JsonNode.Parse(await (await App.SandboxControlAsync(HttpMethod.Get, "/tenants/contoso/requests")).Content.ReadAsStringAsync())!.AsArray()
            .Select(r => r!["path"]!.GetValue<string>()).Where(p => p.StartsWith("/mde/", StringComparison.Ordinal))];
}
