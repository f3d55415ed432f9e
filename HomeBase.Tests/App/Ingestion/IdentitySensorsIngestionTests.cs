using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>Defender for Identity's sensors and health issues from the sandbox over HTTPS, and a tenant that has no Defender for Identity.</summary>
[Trait("Category", "App")]
public sealed class IdentitySensorsIngestionTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>
{
    private IngestionApp App => fixture.App;

    [Fact]
    public async Task SensorsAndHealthIssues_AsTheSandboxServesThem()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        Assert.Equal(StreamStates.Healthy, (await App.Runner.RunAsync(integration, StreamCatalog.IdentitySensors))!.State);
        Assert.Equal(StreamStates.Healthy, (await App.Runner.RunAsync(integration, StreamCatalog.IdentityHealthIssues))!.State);

        var truth = await App.GroundTruthAsync("contoso", App.BackfillStart);
        var sensors = await App.QueryAsync(db => db.IngestedIdentitySensors.Where(s => s.IntegrationId == integration).ToListAsync());
        var issues = await App.QueryAsync(db => db.IngestedIdentityHealthIssues.Where(h => h.IntegrationId == integration).ToListAsync());
        Assert.Equal(truth[StreamCatalog.IdentitySensors], sensors.Count);
        Assert.Equal(truth[Truth.IdentitySensorsWithProblems], sensors.Count(s => s.HasProblem));
        Assert.Equal(truth[StreamCatalog.IdentityHealthIssues], issues.Count);
        Assert.Equal(truth[Truth.OpenIdentityHealthIssues], issues.Count(h => h.Status == IdentityHealthIssueRecord.Open));
        Assert.True(truth[Truth.IdentitySensorsWithProblems] > 0 && truth[Truth.OpenIdentityHealthIssues] > 0, "the sandbox has a stopped sensor and open issues");

        // The stopped sensor is counted as a problem, and its open health issue names it with Microsoft's fix.
        var stopped = Assert.Single(sensors, s => s.ServiceStatus == "stopped");
        Assert.True(stopped.HasProblem);
        Assert.Equal(1, stopped.OpenHealthIssuesCount);
        var issue = Assert.Single(issues, h => h.Status == IdentityHealthIssueRecord.Open && h.SensorDnsNames == stopped.DomainControllerDnsNames);
        Assert.Equal("sensor", issue.HealthIssueType);
        Assert.Contains("Azure Advanced Threat Protection Sensor service", issue.Recommendations);
        // Recommendations are sentences with commas: stored one per line, never split at a comma.
        Assert.DoesNotContain('\n', issue.Recommendations!);
        Assert.Equal(sensors.Count, await App.StoredAsync(integration, StreamCatalog.IdentitySensors));
    }

    [Fact]
    public async Task ATenantWithoutDefenderForIdentity_IsBlockedForTheLicence_NotEmpty()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Northwind);
        foreach (var stream in new[] { StreamCatalog.IdentitySensors, StreamCatalog.IdentityHealthIssues })
        {
            var result = await App.Runner.RunAsync(integration, stream);
            Assert.Equal(StreamStates.Blocked, result!.State);
        }
        var health = await App.QueryAsync(db => db.StreamHealth.Where(h => h.IntegrationId == integration
            && (h.Stream == StreamCatalog.IdentitySensors || h.Stream == StreamCatalog.IdentityHealthIssues)).ToListAsync());
        Assert.Equal(2, health.Count);
        Assert.All(health, h => Assert.StartsWith("missing_licence: This tenant needs Microsoft Defender for Identity.", h.BlockedReason));
        Assert.Equal(0, await App.StoredAsync(integration, StreamCatalog.IdentitySensors));
        // Nor does the sandbox send the tenant Defender for Identity's alerts.
        var truth = await App.GroundTruthAsync("northwind", App.BackfillStart);
        Assert.Equal(0, truth[StreamCatalog.IdentitySensors]);
    }
}
