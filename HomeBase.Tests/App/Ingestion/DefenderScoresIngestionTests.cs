using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>Defender for Endpoint's exposure and device secure scores from the sandbox over HTTPS: one reading a day each, kept for the trend.</summary>
[Trait("Category", "App")]
public sealed class DefenderScoresIngestionTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>
{
    private IngestionApp App => fixture.App;

    [Fact]
    public async Task TheDaysScores_AsTheSandboxServesThem_OneReadingADayForTheTrend()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        Assert.Equal(StreamStates.Healthy, (await App.Runner.RunAsync(integration, StreamCatalog.DefenderScores))!.State);

        var truth = await App.GroundTruthDocumentAsync("contoso", App.BackfillStart);
        var stored = await Scores(integration);
        Assert.Equal(truth["defender_scores"]!.GetValue<long>(), stored.Count);
        var today = App.Clock.GetUtcNow().UtcDateTime.Date;
        var organisation = Assert.Single(stored, s => s.Kind == DefenderScoreRecord.Exposure && s.MachineGroup is null);
        Assert.Equal(truth["exposure_score"]!.GetValue<double>(), organisation.Score);
        Assert.Equal(today, organisation.Day);
        var group = Assert.Single(stored, s => s.Kind == DefenderScoreRecord.Exposure && s.MachineGroup is not null);
        Assert.Equal("UnassignedGroup", group.MachineGroup);
        var device = Assert.Single(stored, s => s.Kind == DefenderScoreRecord.DeviceSecureScore);
        Assert.Equal(truth["device_secure_score"]!.GetValue<double>(), device.Score);

        // The same day again replaces its readings; the next day adds its own, so the days make a trend.
        await App.Runner.RunAsync(integration, StreamCatalog.DefenderScores);
        Assert.Equal(stored.Count, (await Scores(integration)).Count);
        App.Clock.Advance(TimeSpan.FromDays(1));
        await App.Runner.RunAsync(integration, StreamCatalog.DefenderScores);
        var twoDays = await Scores(integration);
        Assert.Equal(2 * stored.Count, twoDays.Count);
        Assert.Equal([today, today.AddDays(1)], twoDays.Where(s => s.Kind == DefenderScoreRecord.DeviceSecureScore).Select(s => s.Day).Order());
        Assert.Equal(twoDays.Count, await App.StoredAsync(integration, StreamCatalog.DefenderScores));
    }

    [Fact]
    public async Task ATenantWithoutDefenderForEndpoint_IsBlockedForTheLicence()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Northwind);
        Assert.Equal(StreamStates.Blocked, (await App.Runner.RunAsync(integration, StreamCatalog.DefenderScores))!.State);
        var health = await App.QueryAsync(db => db.StreamHealth.SingleAsync(h => h.IntegrationId == integration && h.Stream == StreamCatalog.DefenderScores));
        Assert.Contains("Defender for Endpoint", health.BlockedReason);
        Assert.Equal(0, await App.StoredAsync(integration, StreamCatalog.DefenderScores));
    }

    private Task<List<DefenderScoreRecord>> Scores(string integration) =>
        App.QueryAsync(db => db.IngestedDefenderScores.Where(s => s.IntegrationId == integration).ToListAsync());
}
