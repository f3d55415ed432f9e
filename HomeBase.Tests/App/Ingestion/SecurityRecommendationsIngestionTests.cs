using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>Defender for Endpoint's security recommendations from the sandbox over HTTPS, read in full and swept.</summary>
[Trait("Category", "App")]
public sealed class SecurityRecommendationsIngestionTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>
{
    private IngestionApp App => fixture.App;

    [Fact]
    public async Task EveryRecommendation_AsTheSandboxServesIt()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        Assert.Equal(StreamStates.Healthy, (await App.Runner.RunAsync(integration, StreamCatalog.SecurityRecommendations))!.State);

        var truth = await App.GroundTruthAsync("contoso", App.BackfillStart);
        var stored = await App.QueryAsync(db => db.IngestedSecurityRecommendations.Where(r => r.IntegrationId == integration).ToListAsync());
        Assert.True(truth[StreamCatalog.SecurityRecommendations] > 0);
        Assert.Equal(truth[StreamCatalog.SecurityRecommendations], stored.Count);
        Assert.Equal(truth[Truth.ActiveSecurityRecommendations], stored.Count(r => r.Status == "Active"));
        Assert.Contains(stored, r => r.Status == "Exception");

        var chrome = Assert.Single(stored, r => r.SourceId == "va-_-google-_-chrome");
        Assert.Equal(("Application", "Update", "131.0.6778.86"), (chrome.Category, chrome.RemediationType, chrome.RecommendedVersion));
        Assert.True(chrome.ExposureImpact > 0 && chrome.ExposedMachinesCount > 0 && chrome.ExposedMachinesCount <= chrome.TotalMachineCount);
        var configuration = Assert.Single(stored, r => r.SourceId == "sca-_-scid-2200");
        Assert.Equal(("Network", "ConfigurationChange"), (configuration.Category, configuration.RemediationType));
        Assert.True(configuration.ConfigScoreImpact > 0);

        // A second full read stores nothing twice.
        await App.Runner.RunAsync(integration, StreamCatalog.SecurityRecommendations);
        Assert.Equal(stored.Count, await App.StoredAsync(integration, StreamCatalog.SecurityRecommendations));
    }
}
