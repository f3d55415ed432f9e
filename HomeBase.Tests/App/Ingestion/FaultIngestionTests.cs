using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>Injected faults end either in exact ground-truth counts or in a named state with nothing lost for the next run.</summary>
[Trait("Category", "App")]
public sealed class FaultIngestionTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>, IAsyncLifetime
{
    private IngestionApp App => fixture.App;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await App.SandboxControlAsync(HttpMethod.Delete, "/faults");

    [Theory]
    [InlineData("throttle", "auditLogs/signIns", StreamCatalog.SignIns)]
    [InlineData("throttle_without_retry_after", "identityProtection/riskDetections", StreamCatalog.RiskDetections)]
    [InlineData("server_error", "security/alerts_v2", StreamCatalog.Alerts)]
    [InlineData("unavailable", "Microsoft.Insights", StreamCatalog.ActivityLogs)]
    [InlineData("malformed", "skiptoken", StreamCatalog.SignIns)]
    [InlineData("truncated", "/users/delta", StreamCatalog.Users)]
    public async Task Sync_TransientFaults_AreRiddenOutWithExactCounts(string fault, string path, string stream)
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        await InjectAsync(fault, path, count: 2);

        var result = await App.Runner.RunAsync(integration, stream);

        Assert.True(result!.State == StreamStates.Healthy, $"{result.State}: {result.Error}");
        Assert.Equal("[]", await FaultsLeftAsync());
        await AssertMatchesGroundTruthAsync(integration, stream);
    }

    [Fact]
    public async Task Sync_PageStaysMalformed_FailsWithTheErrorKeepsEarlierPagesAndTheNextRunResumes()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        await InjectAsync("malformed", "skiptoken", count: 50);

        var failed = await App.Runner.RunAsync(integration, StreamCatalog.SignIns);

        Assert.Equal(StreamStates.Failing, failed!.State);
        var health = await HealthAsync(integration, StreamCatalog.SignIns);
        Assert.Equal(("malformed_page", 1), (health.LastErrorCode, health.ConsecutiveFailures));
        // The first page was stored with a cursor pointing at the second; the watermark has not moved.
        Assert.Equal(1, failed.Pages);
        Assert.Equal(failed.RecordsAdded, await App.StoredAsync(integration, StreamCatalog.SignIns));
        var cursor = await App.QueryAsync(db => db.StreamCursors.SingleAsync(c => c.IntegrationId == integration && c.Stream == StreamCatalog.SignIns));
        Assert.Contains("\"watermark\":null", cursor.State);
        Assert.Contains("skiptoken", cursor.State);

        await App.SandboxControlAsync(HttpMethod.Delete, "/faults");
        var resumed = await App.Runner.RunAsync(integration, StreamCatalog.SignIns);

        Assert.Equal(StreamStates.Healthy, resumed!.State);
        Assert.Equal(0, (await HealthAsync(integration, StreamCatalog.SignIns)).ConsecutiveFailures);
        await AssertMatchesGroundTruthAsync(integration, StreamCatalog.SignIns);
    }

    [Fact]
    public async Task Sync_RetryAfterLongerThanAllowed_StreamIsThrottledUntilThenAndResumesLater()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        await App.SandboxControlAsync(HttpMethod.Post, "/faults",
            new { kind = "throttle", tenant = "contoso", path = "auditLogs/directoryAudits", count = 1, retry_after_seconds = 600 });

        var throttled = await App.Runner.RunAsync(integration, StreamCatalog.DirectoryAudits);

        Assert.Equal(StreamStates.Throttled, throttled!.State);
        var health = await HealthAsync(integration, StreamCatalog.DirectoryAudits);
        Assert.Equal(App.Clock.GetUtcNow().UtcDateTime.AddSeconds(600), health.ThrottledUntil);
        Assert.NotNull(health.LastErrorRequestId);

        var later = await App.Runner.RunAsync(integration, StreamCatalog.DirectoryAudits);

        Assert.Equal(StreamStates.Healthy, later!.State);
        Assert.Null((await HealthAsync(integration, StreamCatalog.DirectoryAudits)).ThrottledUntil);
        await AssertMatchesGroundTruthAsync(integration, StreamCatalog.DirectoryAudits);
    }

    [Fact]
    public async Task Sync_ServerKeepsFailing_StreamIsFailingWithMicrosoftsRequestId()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        await InjectAsync("server_error", "identityProtection/riskyUsers", count: 50);

        var failed = await App.Runner.RunAsync(integration, StreamCatalog.RiskyUsers);

        Assert.Equal(StreamStates.Failing, failed!.State);
        var health = await HealthAsync(integration, StreamCatalog.RiskyUsers);
        Assert.Equal("InternalServerError", health.LastErrorCode);
        Assert.True(Guid.TryParse(health.LastErrorRequestId, out _));
        Assert.Null(health.LastSuccessAt);
        Assert.Equal(0, await App.StoredAsync(integration, StreamCatalog.RiskyUsers));
        var run = await App.QueryAsync(db => db.StreamRuns.SingleAsync(r => r.IntegrationId == integration && r.Stream == StreamCatalog.RiskyUsers));
        Assert.Equal((StreamStates.Failing, health.LastErrorRequestId), (run.Outcome, run.RequestId));
    }

    private async Task InjectAsync(string kind, string path, int count)
    {
        var response = await App.SandboxControlAsync(HttpMethod.Post, "/faults", new { kind, tenant = "contoso", path, count });
        response.EnsureSuccessStatusCode();
    }

    private async Task<string> FaultsLeftAsync() => await (await App.SandboxControlAsync(HttpMethod.Get, "/faults")).Content.ReadAsStringAsync();

    private Task<StreamHealth> HealthAsync(string integration, string stream) =>
        App.QueryAsync(db => db.StreamHealth.SingleAsync(h => h.IntegrationId == integration && h.Stream == stream));

    private async Task AssertMatchesGroundTruthAsync(string integration, string stream)
    {
        var truth = await App.GroundTruthAsync("contoso", App.BackfillStart);
        Assert.Equal(truth[stream], await App.StoredAsync(integration, stream));
    }
}
