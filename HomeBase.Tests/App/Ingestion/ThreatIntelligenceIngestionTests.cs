using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Values;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>
/// Defender Threat Intelligence's reputation of the hosts alert evidence named, from the sandbox over HTTPS: every address and
/// domain once, asked again only after a day, and a tenant without the licence (Microsoft's own example is replayed in
/// <see cref="DocumentedExampleIngestionTests"/>).
/// </summary>
[Trait("Category", "App")]
public sealed class ThreatIntelligenceIngestionTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>
{
    private IngestionApp App => fixture.App;

    [Fact]
    public async Task EachHostTheAlertsNamed_HasItsReputation_AskedAgainOnlyAfterADay()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        await App.Runner.RunAsync(integration, StreamCatalog.Alerts);
        Assert.Equal(StreamStates.Healthy, (await App.Runner.RunAsync(integration, StreamCatalog.ThreatIntelligence))!.State);

        var truth = await App.GroundTruthAsync("contoso", App.BackfillStart);
        var stored = await Reputations(integration);
        Assert.True(truth[Truth.HostReputations] > 0, "the sandbox's alerts name addresses and domains");
        Assert.Equal(truth[Truth.HostReputations], stored.Count);
        foreach (var classification in new[] { HostReputationClassifications.Malicious, HostReputationClassifications.Suspicious, HostReputationClassifications.Neutral, HostReputationClassifications.Unknown })
        {
            Assert.Equal(truth.GetValueOrDefault(Truth.HostsClassified(classification)), stored.Count(r => r.Classification == classification));
        }
        Assert.Equal(stored.Count, await App.StoredAsync(integration, StreamCatalog.ThreatIntelligence));

        // Exactly the addresses and domains the sightings hold, each under the sightings' kind.
        var sighted = await App.QueryAsync(db => db.IngestedAlertIndicators
            .Where(s => s.IntegrationId == integration && (s.Kind == AlertIndicatorRecord.Ip || s.Kind == AlertIndicatorRecord.Domain))
            .Select(s => new { s.Kind, s.Value }).Distinct().ToListAsync());
        Assert.Equal(sighted.Select(s => (s.Kind, s.Value)).Order(), stored.Select(r => (r.Kind, r.SourceId)).Order());

        // A host Microsoft has no record of (404) is stored as unknown, not as a failed run.
        Assert.True(truth[Truth.UnrecordedHosts] > 0, "the sandbox's alerts name the address Defender Threat Intelligence has no record of");
        var unrecorded = Assert.Single(stored, r => !r.Known);
        Assert.Equal((HostReputationClassifications.Unknown, (int?)null, 0), (unrecorded.Classification, unrecorded.Score, unrecorded.ArticleCount));

        // The intel articles that mention a host come from its rules, with Microsoft's link.
        var mentioned = stored.Where(r => r.ArticleCount > 0).ToList();
        Assert.NotEmpty(mentioned);
        Assert.All(mentioned, r => Assert.Equal(HostReputationClassifications.Malicious, r.Classification));
        var article = mentioned.SelectMany(r => r.ReadRules()).First(rule => rule.IsIntelArticle);
        Assert.StartsWith("https://ti.defender.microsoft.com/article/", article.RelatedDetailsUrl);
        Assert.False(string.IsNullOrWhiteSpace(article.Description));

        // Within the day nothing is asked again; after it, every host is.
        var checkedAt = stored.ToDictionary(r => r.SourceId, r => r.CheckedAt);
        App.Clock.Advance(TimeSpan.FromHours(1));
        await App.Runner.RunAsync(integration, StreamCatalog.ThreatIntelligence);
        Assert.All(await Reputations(integration), r => Assert.Equal(checkedAt[r.SourceId], r.CheckedAt));
        App.Clock.Advance(StreamSubjects.ReputationLifetime);
        await App.Runner.RunAsync(integration, StreamCatalog.ThreatIntelligence);
        Assert.All(await Reputations(integration), r => Assert.True(r.CheckedAt > checkedAt[r.SourceId], $"{r.SourceId} was not asked again"));
    }

    [Fact]
    public async Task ATenantWithoutDefenderThreatIntelligence_IsBlockedForTheLicence_NotEmpty()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Northwind);
        Assert.Equal(StreamStates.Blocked, (await App.Runner.RunAsync(integration, StreamCatalog.ThreatIntelligence))!.State);
        var health = await App.QueryAsync(db => db.StreamHealth.SingleAsync(h => h.IntegrationId == integration && h.Stream == StreamCatalog.ThreatIntelligence));
        Assert.StartsWith("missing_licence: This tenant needs Microsoft Defender Threat Intelligence.", health.BlockedReason);
        Assert.Equal(0, await App.StoredAsync(integration, StreamCatalog.ThreatIntelligence));
        Assert.Equal(0, (await App.GroundTruthAsync("northwind", App.BackfillStart))[Truth.HostReputations]);
    }

    private Task<List<HostReputationRecord>> Reputations(string integration) =>
        App.QueryAsync(db => db.IngestedHostReputations.Where(r => r.IntegrationId == integration).ToListAsync());
}
