using System.Net;
using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.App.Ingestion;

/// <summary><c>GET /v1/integrations/{id}/streams</c> and <c>POST /v1/integrations/{id}/sync</c> over HTTP.</summary>
[Trait("Category", "App")]
public sealed class IngestionApiTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>, IAsyncLifetime
{
    private IngestionApp App => fixture.App;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await App.SandboxControlAsync(HttpMethod.Delete, "/faults");

    [Fact]
    public async Task GetStreams_BeforeAnySync_EveryStreamPendingWithNothingStored()
    {
        var tenant = await App.CreateTenantAsync();
        var integration = await App.ConnectAsync(tenant, RequestBodies.Contoso);
        using var client = App.CreateApiClient(tenant.ApiKey);

        var streams = await GetStreamsAsync(client, integration);

        Assert.Equal("pending", streams["state"]!.GetValue<string>());
        var data = streams["data"]!.AsArray();
        Assert.Equal(StreamCatalog.All.Select(s => s.Name), data.Select(s => s!["stream"]!.GetValue<string>()));
        Assert.All(data, s =>
        {
            Assert.Equal("pending", s!["state"]!.GetValue<string>());
            Assert.Equal(0, s["records_total"]!.GetValue<long>());
            Assert.Null(s["last_success_at"]);
        });
    }

    [Fact]
    public async Task PostSync_Contoso_QueuedRunsEndHealthyWithGroundTruthTotals()
    {
        var tenant = await App.CreateTenantAsync();
        var integration = await App.ConnectAsync(tenant, RequestBodies.Contoso);
        using var client = App.CreateApiClient(tenant.ApiKey);

        var response = await client.PostAsync($"/v1/integrations/{integration}/sync", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var queued = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["streams"]!.AsArray();
        Assert.Equal(StreamCatalog.All.Count, queued.Count);
        var streams = await WaitForAsync(client, integration, s => s["state"]!.GetValue<string>() == "healthy");
        var truth = await App.GroundTruthAsync("contoso", App.BackfillStart);
        foreach (var stream in streams["data"]!.AsArray())
        {
            var name = stream!["stream"]!.GetValue<string>();
            Assert.Equal(truth[name], stream["records_total"]!.GetValue<long>());
            Assert.Equal(App.Clock.GetUtcNow().UtcDateTime, stream["last_success_at"]!.GetValue<DateTime>().ToUniversalTime());
            Assert.Null(stream["last_error"]);
        }
        var signIns = streams["data"]!.AsArray().Single(s => s!["stream"]!.GetValue<string>() == StreamCatalog.SignIns)!;
        Assert.True(signIns["lag_seconds"]!.GetValue<long>() >= 0);

        // The integration itself carries the same summary.
        var one = JsonNode.Parse(await client.GetStringAsync($"/v1/integrations/{integration}"))!;
        Assert.Equal("healthy", one["ingestion"]!["state"]!.GetValue<string>());
        Assert.Equal(truth[StreamCatalog.SignIns], one["ingestion"]!["streams"]!.AsArray()
            .Single(s => s!["stream"]!.GetValue<string>() == StreamCatalog.SignIns)!["records_total"]!.GetValue<long>());
    }

    [Fact]
    public async Task GetStreams_NorthwindAfterSync_BlockedStreamsAndTheIntegrationShowBlocked()
    {
        var tenant = await App.CreateTenantAsync();
        var integration = await App.ConnectAsync(tenant, RequestBodies.Northwind);
        using var client = App.CreateApiClient(tenant.ApiKey);
        await client.PostAsync($"/v1/integrations/{integration}/sync", null);

        var streams = await WaitForAsync(client, integration, s => s["state"]!.GetValue<string>() is "healthy" or "blocked");

        Assert.Equal("blocked", streams["state"]!.GetValue<string>());
        var riskyUsers = streams["data"]!.AsArray().Single(s => s!["stream"]!.GetValue<string>() == StreamCatalog.RiskyUsers)!;
        Assert.Equal("blocked", riskyUsers["state"]!.GetValue<string>());
        Assert.Contains("P2", riskyUsers["blocked_reason"]!.GetValue<string>());
        Assert.Equal(0, riskyUsers["records_total"]!.GetValue<long>());
    }

    [Fact]
    public async Task GetStreams_NoSuccessWithinThreeIntervals_HealthyStreamTurnsStale()
    {
        var tenant = await App.CreateTenantAsync();
        var integration = await App.ConnectAsync(tenant, RequestBodies.Contoso);
        await App.Runner.RunAsync(integration, StreamCatalog.Alerts);
        using var client = App.CreateApiClient(tenant.ApiKey);
        Assert.Equal("healthy", State(await GetStreamsAsync(client, integration), StreamCatalog.Alerts));

        // Alerts run every 2 minutes: 7 minutes without a success is more than three intervals.
        App.Clock.Advance(TimeSpan.FromMinutes(7));

        Assert.Equal("stale", State(await GetStreamsAsync(client, integration), StreamCatalog.Alerts));
    }

    [Fact]
    public async Task Streams_OtherTenantsIntegrationOrUnknownStream_AreRefused()
    {
        var owner = await App.CreateTenantAsync();
        var integration = await App.ConnectAsync(owner, RequestBodies.Contoso);
        using var stranger = App.CreateApiClient((await App.CreateTenantAsync("Other")).ApiKey);
        using var client = App.CreateApiClient(owner.ApiKey);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/v1/integrations/{integration}/streams")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/v1/integrations/{integration}/sync", null)).StatusCode);
        var unknown = await client.PostAsync($"/v1/integrations/{integration}/sync?stream=weather", null);
        var errors = await unknown.ShouldBeValidationProblemAsync("stream");
        Assert.Contains("weather", errors["stream"][0]);
    }

    [Fact]
    public async Task Run_TwoRunnersOnOneStream_OnlyOneRunsAndCountsStayExact()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        // A second runner has its own lease owner, as a second app instance on the same database would.
        var otherInstance = ActivatorUtilities.CreateInstance<StreamSyncRunner>(App.Services);
        await App.SandboxControlAsync(HttpMethod.Post, "/faults", new { kind = "slow", tenant = "contoso", path = "auditLogs/signIns", delay_ms = 300, count = 3 });

        var results = await Task.WhenAll(App.Runner.RunAsync(integration, StreamCatalog.SignIns), otherInstance.RunAsync(integration, StreamCatalog.SignIns));

        Assert.Equal([StreamRunResult.AlreadyRunning, StreamStates.Healthy], results.Select(r => r!.State).Order());
        var truth = await App.GroundTruthAsync("contoso", App.BackfillStart);
        Assert.Equal(truth[StreamCatalog.SignIns], await App.StoredAsync(integration, StreamCatalog.SignIns));
    }

    private static string State(JsonNode streams, string stream) =>
        streams["data"]!.AsArray().Single(s => s!["stream"]!.GetValue<string>() == stream)!["state"]!.GetValue<string>();

    private static async Task<JsonNode> GetStreamsAsync(HttpClient client, string integration)
    {
        var response = await client.GetAsync($"/v1/integrations/{integration}/streams");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>Polls the API until every stream satisfies <paramref name="done"/> (the scheduler runs the queued syncs in the background).</summary>
    private static async Task<JsonNode> WaitForAsync(HttpClient client, string integration, Func<JsonNode, bool> done)
    {
        JsonNode? streams = null;
        for (var attempt = 0; attempt < 600; attempt++)
        {
            streams = await GetStreamsAsync(client, integration);
            if (streams["data"]!.AsArray().All(s => done(s!) && !s!["running"]!.GetValue<bool>())) return streams;
            await Task.Delay(100);
        }
        Assert.Fail($"The queued streams did not finish: {streams?.ToJsonString()}");
        return null!;
    }
}
