using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Ingestion.Values;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>Defender XDR incidents from the sandbox over HTTPS: each with its state, and its alerts found by their incident id.</summary>
[Trait("Category", "App")]
public sealed class IncidentsIngestionTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>
{
    private IngestionApp App => fixture.App;

    [Fact]
    public async Task Incidents_AsTheSandboxCorrelatedTheirAlerts_AndUpdatedLater()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        var from = App.BackfillStart;
        await App.Runner.RunAsync(integration, StreamCatalog.Alerts);
        var first = await App.Runner.RunAsync(integration, StreamCatalog.Incidents);
        Assert.Equal(StreamStates.Healthy, first!.State);
        // Pages of 50: the sandbox has more than one page's worth, so the next link is followed.
        Assert.True(first.Pages > 1, $"{first.Pages} page(s)");

        var truth = await App.GroundTruthAsync("contoso", from);
        var incidents = await App.QueryAsync(db => db.IngestedIncidents.Where(i => i.IntegrationId == integration).ToListAsync());
        Assert.Equal(truth[StreamCatalog.Incidents], incidents.Count);
        Assert.Equal(truth[Truth.OpenIncidents], incidents.Count(i => IncidentStatuses.Open.Contains(i.Status!)));
        Assert.Equal(truth[Truth.HighOpenIncidents], incidents.Count(i => IncidentStatuses.Open.Contains(i.Status!) && i.Severity == AlertSeverities.High));
        Assert.Equal(truth[Truth.ResolvedIncidents], incidents.Count(i => i.Status == IncidentStatuses.Resolved));
        Assert.All(incidents.Where(i => i.Status == IncidentStatuses.Resolved), i => Assert.Contains(i.Classification, new[] { "truePositive", "falsePositive" }));
        Assert.All(incidents, i => Assert.StartsWith("https://security.microsoft.com/incidents/" + i.SourceId, i.IncidentWebUrl));

        // Every incident opened in the backfill has its alerts stored, found by their incidentId.
        var alerts = await App.QueryAsync(db => db.IngestedAlerts.Where(a => a.IntegrationId == integration).Select(a => new { a.IncidentId, a.Severity }).ToListAsync());
        var opened = incidents.Where(i => i.CreatedAt >= from).ToList();
        Assert.NotEmpty(opened);
        Assert.All(opened, i => Assert.Contains(alerts, a => a.IncidentId == i.SourceId));
        // An incident is as severe as its worst stored alert.
        string[] order = [AlertSeverities.Informational, AlertSeverities.Low, AlertSeverities.Medium, AlertSeverities.High];
        Assert.All(opened, i => Assert.Equal(i.Severity, alerts.Where(a => a.IncidentId == i.SourceId).MaxBy(a => Array.IndexOf(order, a.Severity))!.Severity));

        // Hours later alerts were triaged and resolved: the next run reads the incidents updated since, in place.
        App.Clock.Advance(TimeSpan.FromHours(4));
        await App.Runner.RunAsync(integration, StreamCatalog.Alerts);
        var later = await App.Runner.RunAsync(integration, StreamCatalog.Incidents);
        Assert.Equal(StreamStates.Healthy, later!.State);
        var truthLater = await App.GroundTruthAsync("contoso", from);
        var after = await App.QueryAsync(db => db.IngestedIncidents.Where(i => i.IntegrationId == integration).ToListAsync());
        Assert.Equal(truthLater[StreamCatalog.Incidents], after.Count);
        Assert.Equal(truthLater[Truth.OpenIncidents], after.Count(i => IncidentStatuses.Open.Contains(i.Status!)));
        Assert.Equal(truthLater[Truth.ResolvedIncidents], after.Count(i => i.Status == IncidentStatuses.Resolved));
    }
}
