using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>The indicators in Defender XDR alerts' evidence, written beside each alert as one sighting per alert and indicator.</summary>
[Trait("Category", "App")]
public sealed class AlertIndicatorsIngestionTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>
{
    private IngestionApp App => fixture.App;

    [Fact]
    public async Task Sightings_OfEachKind_AsTheSandboxsEvidenceNamesThem_AndNotTwiceOnARead()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        await App.Runner.RunAsync(integration, StreamCatalog.Alerts);
        var truth = await App.GroundTruthAsync("contoso", App.BackfillStart);

        var sightings = await App.QueryAsync(db => db.IngestedAlertIndicators.Where(s => s.IntegrationId == integration).ToListAsync());
        foreach (var kind in AlertIndicatorRecord.Kinds)
        {
            Assert.Equal(truth[Truth.IndicatorSightings(kind)], sightings.LongCount(s => s.Kind == kind));
        }
        Assert.Equal(truth[Truth.Indicators], sightings.Select(s => (s.Kind, s.Value)).Distinct().LongCount());
        // A file is known by its SHA-256, lower-case; a URL keeps its path and query as sent.
        Assert.All(sightings.Where(s => s.Kind == AlertIndicatorRecord.FileHash), s => Assert.Matches("^[0-9a-f]{64}$", s.Value));
        Assert.Contains(sightings, s => s.Kind == AlertIndicatorRecord.Url && s.Value.Contains("Shared%20Documents", StringComparison.Ordinal));
        // Every sighting belongs to a stored alert, at the alert's creation time.
        var alerts = await App.QueryAsync(db => db.IngestedAlerts.Where(a => a.IntegrationId == integration).ToDictionaryAsync(a => a.SourceId, a => a.CreatedAt));
        Assert.All(sightings, s => Assert.Equal(alerts[s.AlertId], s.CreatedAt));

        // The next run reads the last minutes again (its overlap): the alerts it re-reads add no second sighting.
        var firstRunAt = App.Clock.GetUtcNow().UtcDateTime;
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        await App.Runner.RunAsync(integration, StreamCatalog.Alerts);
        Assert.Equal(sightings.Count, await App.QueryAsync(db => db.IngestedAlertIndicators.CountAsync(s => s.IntegrationId == integration && s.CreatedAt <= firstRunAt)));
    }
}
