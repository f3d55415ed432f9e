using System.Net;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>Streams the capability grid marks blocked are not polled and say why; fixing the cause unblocks them.</summary>
[Trait("Category", "App")]
public sealed class BlockedStreamTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>
{
    private static readonly string[] NorthwindBlocked =
    [
        StreamCatalog.RoleEligibility, StreamCatalog.RiskyUsers, StreamCatalog.Machines, StreamCatalog.Vulnerabilities,
        StreamCatalog.ActivityLogs, StreamCatalog.Recommendations, StreamCatalog.Compliance, StreamCatalog.SecureScore,
        StreamCatalog.IdentitySensors, StreamCatalog.IdentityHealthIssues, StreamCatalog.ThreatIntelligence, StreamCatalog.DefenderScores,
        StreamCatalog.SecurityRecommendations,
    ];

    private IngestionApp App => fixture.App;

    [Fact]
    public async Task SyncAll_Northwind_BlockedStreamsAreNotPolledAndShowBlockedWithTheReason()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Northwind);

        var results = await App.SyncAllAsync(integration);

        var health = await App.QueryAsync(db => db.StreamHealth.Where(h => h.IntegrationId == integration).ToDictionaryAsync(h => h.Stream));
        var polled = await App.QueryAsync(db => db.StreamRuns.Where(r => r.IntegrationId == integration).Select(r => r.Stream).ToListAsync());
        foreach (var stream in NorthwindBlocked)
        {
            Assert.Equal(StreamStates.Blocked, results[stream].State);
            Assert.Equal(StreamStates.Blocked, health[stream].State);
            Assert.False(string.IsNullOrWhiteSpace(health[stream].BlockedReason));
            Assert.DoesNotContain(stream, polled);
        }
        Assert.Contains("P2", health[StreamCatalog.RiskyUsers].BlockedReason);
        Assert.Contains("P2", health[StreamCatalog.RoleEligibility].BlockedReason);
        Assert.Contains("Defender for Identity", health[StreamCatalog.IdentitySensors].BlockedReason);
        Assert.Contains("Defender Threat Intelligence", health[StreamCatalog.ThreatIntelligence].BlockedReason);
        Assert.Contains("no_subscription_access", health[StreamCatalog.ActivityLogs].BlockedReason);
        // The integration's state went from pending to blocked: recorded once for the webhooks to deliver.
        var changes = await App.QueryAsync(db => db.AuditEntries.Where(a => a.TargetId == integration && a.Action == "integration.health_changed").ToListAsync());
        var change = Assert.Single(changes);
        Assert.Contains("\"state_before\":\"pending\",\"state\":\"blocked\"", change.Details);

        var truth = await App.GroundTruthAsync("northwind", App.BackfillStart);
        foreach (var stream in StreamCatalog.All.Select(s => s.Name).Except(NorthwindBlocked))
        {
            Assert.True(results[stream].State == StreamStates.Healthy, $"{stream}: {results[stream].State} {results[stream].Error}");
            Assert.Equal(truth[stream], await App.StoredAsync(integration, stream));
        }
    }

    [Fact]
    public async Task Sync_LicenceGrantedAndReverified_BlockedStreamCollectsWithoutARestart()
    {
        var tenant = await App.CreateTenantAsync();
        var integration = await App.ConnectAsync(tenant, RequestBodies.Northwind);
        Assert.Equal(StreamStates.Blocked, (await App.Runner.RunAsync(integration, StreamCatalog.RiskyUsers))!.State);

        await App.SandboxControlAsync(HttpMethod.Put, "/tenants/northwind/licences", new[] { "AAD_PREMIUM", "AAD_PREMIUM_P2" });
        try
        {
            using var client = App.CreateApiClient(tenant.ApiKey);
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/v1/integrations/{integration}/verify", null)).StatusCode);
            var result = await App.Runner.RunAsync(integration, StreamCatalog.RiskyUsers);

            Assert.Equal(StreamStates.Healthy, result!.State);
            var truth = await App.GroundTruthAsync("northwind", App.BackfillStart);
            Assert.Equal(truth[StreamCatalog.RiskyUsers], await App.StoredAsync(integration, StreamCatalog.RiskyUsers));
            Assert.Null((await App.QueryAsync(db => db.StreamHealth.SingleAsync(h => h.IntegrationId == integration && h.Stream == StreamCatalog.RiskyUsers))).BlockedReason);
        }
        finally
        {
            await App.SandboxControlAsync(HttpMethod.Put, "/tenants/northwind/licences", new[] { "AAD_PREMIUM" });
        }
    }
}
