using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>Every stream of contoso ingested over HTTPS from the sandbox equals what the sandbox serves.</summary>
[Trait("Category", "App")]
public sealed class GroundTruthIngestionTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>
{
    private IngestionApp App => fixture.App;

    [Fact]
    public async Task SyncAll_Contoso_StoredCountsEqualGroundTruthForEveryStream()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        var from = App.BackfillStart;

        var results = await App.SyncAllAsync(integration);

        var truth = await App.GroundTruthAsync("contoso", from);
        foreach (var stream in StreamCatalog.All.Select(s => s.Name))
        {
            Assert.True(results[stream].State == StreamStates.Healthy, $"{stream}: {results[stream].State} {results[stream].Error}");
            Assert.True(truth[stream] > 0, $"The sandbox serves no {stream}: the comparison would prove nothing.");
            Assert.True(truth[stream] == await App.StoredAsync(integration, stream), $"{stream}: sandbox {truth[stream]}, stored {await App.StoredAsync(integration, stream)}");
            // Groups also store their memberships.
            if (stream != StreamCatalog.Groups) Assert.Equal(truth[stream], results[stream].RecordsAdded);
        }
        // Kept alongside, not counted: the secure score's reading of the day, and the people each alert names.
        Assert.Equal(truth[StreamCatalog.SecureScore], await App.QueryAsync(db => db.IngestedSecureScoreHistory.LongCountAsync(s => s.IntegrationId == integration)));
        Assert.Equal(truth[Truth.AlertsNamingPeople], await App.QueryAsync(db => db.IngestedAlertUsers.Where(u => u.IntegrationId == integration).Select(u => u.AlertId).Distinct().LongCountAsync()));
        Assert.True(await App.QueryAsync(db => db.IngestedGroupMembers.CountAsync(m => m.IntegrationId == integration)) > truth[StreamCatalog.Groups]);
        // Paging really happened: the big streams took several pages.
        Assert.True(results[StreamCatalog.SignIns].Pages > 1);
        Assert.True(results[StreamCatalog.Users].Pages > 1);
        Assert.True(results[StreamCatalog.ActivityLogs].Pages > 2);
    }

    [Fact]
    public async Task SyncAll_Contoso_StoresWhatMicrosoftsShapesMean()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        await App.SyncAllAsync(integration);
        var truth = System.Text.Json.Nodes.JsonNode.Parse(await (await App.SandboxControlAsync(HttpMethod.Get,
            $"/tenants/contoso/ground-truth?from={Uri.EscapeDataString(App.BackfillStart.ToString("O"))}")).Content.ReadAsStringAsync())!;

        // The connector asks for the serviceSource members added after unknownFutureValue, so every product keeps its name.
        var bySource = await App.QueryAsync(db => db.IngestedAlerts.Where(a => a.IntegrationId == integration)
            .GroupBy(a => a.ServiceSource!).Select(g => new { g.Key, Count = g.LongCount() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        Assert.Equal(truth["alerts_by_source"]!.AsObject().ToDictionary(s => s.Key, s => s.Value!.GetValue<long>()), bySource);
        Assert.Contains("microsoftDefenderForCloud", bySource.Keys);
        // "categories" is read, with the deprecated "category" where an alert has only that.
        var categories = await App.QueryAsync(db => db.IngestedAlerts.Where(a => a.IntegrationId == integration).Select(a => a.Categories).ToListAsync());
        Assert.All(categories, Assert.NotNull);
        Assert.Contains("LateralMovement,CredentialAccess", categories);
        // Findings are the export's CVE rows, with a CVSS score whether Defender wrote it as a number or a string.
        var findings = await App.QueryAsync(db => db.IngestedVulnerabilities.Where(v => v.IntegrationId == integration).ToListAsync());
        Assert.True(truth["vulnerability_export_rows"]!.GetValue<long>() > findings.Count);
        Assert.All(findings, f => { Assert.NotNull(f.CveId); Assert.NotNull(f.CvssScore); });
        // Every event keeps what ties it to its operation.
        var events = await App.QueryAsync(db => db.IngestedActivityLogs.Where(a => a.IntegrationId == integration).ToListAsync());
        Assert.All(events, e => { Assert.NotNull(e.OperationId); Assert.NotNull(e.Category); });
        Assert.Contains(events, e => e.EventName == "BeginRequest" && e.Status == "Started");
        // Severity and categories come from assessmentMetadata, joined by name: the list documents no $expand.
        var recommendations = await App.QueryAsync(db => db.IngestedRecommendations.Where(r => r.IntegrationId == integration).ToListAsync());
        Assert.NotEmpty(recommendations);
        Assert.All(recommendations, r => { Assert.NotNull(r.Severity); Assert.NotNull(r.Categories); });
        // One score per subscription: the default initiative's, whatever other initiatives the list has.
        var scores = await App.QueryAsync(db => db.IngestedSecureScores.Where(r => r.IntegrationId == integration).ToListAsync());
        Assert.All(scores, s => Assert.EndsWith("/secureScores/ascScore", s.SourceId));
        var machines = await App.QueryAsync(db => db.IngestedMachines.Where(m => m.IntegrationId == integration).ToListAsync());
        Assert.Equal(truth["discovered_devices"]!.GetValue<long>(), machines.LongCount(m => !HomeBase.Core.Ingestion.Records.MachineRecord.IsOnboarded(m.OnboardingStatus)));
    }

    [Fact]
    public async Task SyncAll_RunTwice_SecondRunChangesNothing()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        await App.SyncAllAsync(integration);
        var before = await CountsAsync(integration);

        var second = await App.SyncAllAsync(integration);

        Assert.All(second.Values, r => Assert.Equal((StreamStates.Healthy, 0, 0), (r.State, r.RecordsAdded, r.RecordsUpdated)));
        Assert.Equal(before, await CountsAsync(integration));
    }

    [Fact]
    public async Task Sync_HealthAndHistory_RecordTheRun()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);

        var result = await App.Runner.RunAsync(integration, StreamCatalog.SignIns);

        var health = await App.QueryAsync(db => db.StreamHealth.SingleAsync(h => h.IntegrationId == integration && h.Stream == StreamCatalog.SignIns));
        Assert.Equal(StreamStates.Healthy, health.State);
        Assert.Equal(App.Clock.GetUtcNow().UtcDateTime, health.LastSuccessAt);
        Assert.Equal(result!.RecordsAdded, health.RecordsAdded);
        Assert.NotNull(health.LastEventAt);
        Assert.True(health.LastEventAt <= App.Clock.GetUtcNow().UtcDateTime);
        Assert.Null(health.LeaseOwner);
        var newest = await App.QueryAsync(db => db.IngestedSignIns.Where(s => s.IntegrationId == integration).MaxAsync(s => s.CreatedAt));
        Assert.Equal(newest, health.LastEventAt);
        var run = await App.QueryAsync(db => db.StreamRuns.SingleAsync(r => r.IntegrationId == integration && r.Stream == StreamCatalog.SignIns));
        Assert.Equal((StreamStates.Healthy, result.Pages, result.RecordsAdded), (run.Outcome, run.Pages, run.RecordsAdded));
        Assert.NotNull(run.FinishedAt);
    }

    [Fact]
    public async Task SyncAll_AfterTimePasses_NewEventsArriveAndCountsStillEqualGroundTruth()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        var from = App.BackfillStart;
        await App.SyncAllAsync(integration);
        var signInsBefore = await App.StoredAsync(integration, StreamCatalog.SignIns);

        App.Clock.Advance(TimeSpan.FromHours(12));
        var second = await App.SyncAllAsync(integration);

        var truth = await App.GroundTruthAsync("contoso", from);
        foreach (var stream in StreamCatalog.All.Select(s => s.Name))
        {
            Assert.True(second[stream].State == StreamStates.Healthy, $"{stream}: {second[stream].State} {second[stream].Error}");
            Assert.True(truth[stream] == await App.StoredAsync(integration, stream), $"{stream}: sandbox {truth[stream]}, stored {await App.StoredAsync(integration, stream)}");
        }
        Assert.True(await App.StoredAsync(integration, StreamCatalog.SignIns) > signInsBefore);
        Assert.True(second[StreamCatalog.Alerts].RecordsAdded > 0);
    }

    [Fact]
    public async Task SyncAlerts_AlertTriagedSinceLastRun_IsUpdatedInPlace()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        await App.Runner.RunAsync(integration, StreamCatalog.Alerts);
        var firstRun = App.Clock.GetUtcNow().UtcDateTime;
        // Sandbox alerts are triaged an hour after creation and some resolved after three: the recent ones will change.
        var recent = await App.QueryAsync(db => db.IngestedAlerts
            .Where(a => a.IntegrationId == integration && a.CreatedAt > firstRun.AddHours(-3))
            .ToDictionaryAsync(a => a.SourceId, a => a.Status));
        Assert.NotEmpty(recent);

        App.Clock.Advance(TimeSpan.FromHours(4));
        var second = await App.Runner.RunAsync(integration, StreamCatalog.Alerts);

        var after = await App.QueryAsync(db => db.IngestedAlerts.Where(a => recent.Keys.Contains(a.SourceId) && a.IntegrationId == integration).ToListAsync());
        var changed = after.Where(a => a.Status != recent[a.SourceId]).ToList();
        Assert.NotEmpty(changed);
        Assert.All(changed, a =>
        {
            Assert.Contains(a.Status, new[] { "inProgress", "resolved" });
            Assert.True(a.LastChangedAt > a.FirstSeenAt);
            Assert.Equal(firstRun, a.FirstSeenAt);
        });
        Assert.True(second!.RecordsUpdated >= changed.Count);
        var truth = await App.GroundTruthAsync("contoso", firstRun.AddDays(-7));
        Assert.Equal(truth[StreamCatalog.Alerts], await App.StoredAsync(integration, StreamCatalog.Alerts));
    }

    [Fact]
    public async Task SyncMachines_DevicesNoLongerReported_AreRemovedWithTheirFindings()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        await App.Runner.RunAsync(integration, StreamCatalog.Machines);
        await App.Runner.RunAsync(integration, StreamCatalog.Vulnerabilities);
        var fleet = (await App.GroundTruthAsync("contoso", App.BackfillStart))[StreamCatalog.Machines];
        Assert.Equal(fleet, await App.StoredAsync(integration, StreamCatalog.Machines));

        await App.SandboxControlAsync(HttpMethod.Put, "/tenants/contoso/machines", new { count = 10 });
        // A full read removes what it has not reported since it began: the next read begins later.
        App.Clock.Advance(TimeSpan.FromHours(1));
        try
        {
            var machines = await App.Runner.RunAsync(integration, StreamCatalog.Machines);
            var vulnerabilities = await App.Runner.RunAsync(integration, StreamCatalog.Vulnerabilities);

            var truth = await App.GroundTruthAsync("contoso", App.BackfillStart);
            Assert.Equal((StreamStates.Healthy, StreamStates.Healthy), (machines!.State, vulnerabilities!.State));
            Assert.Equal(10, truth[StreamCatalog.Machines]);
            Assert.Equal(10, await App.StoredAsync(integration, StreamCatalog.Machines));
            Assert.Equal(truth[StreamCatalog.Vulnerabilities], await App.StoredAsync(integration, StreamCatalog.Vulnerabilities));
        }
        finally
        {
            await App.SandboxControlAsync(HttpMethod.Put, "/tenants/contoso/machines", new { count = fleet });
        }
    }

    private async Task<Dictionary<string, long>> CountsAsync(string integration)
    {
        var counts = new Dictionary<string, long>();
        foreach (var stream in StreamCatalog.All) counts[stream.Name] = await App.StoredAsync(integration, stream.Name);
        return counts;
    }
}
