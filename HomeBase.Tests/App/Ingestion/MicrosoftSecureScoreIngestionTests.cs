using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>Microsoft Secure Score from the sandbox over HTTPS: every day of the list, and every control with today's points.</summary>
[Trait("Category", "App")]
public sealed class MicrosoftSecureScoreIngestionTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>
{
    private IngestionApp App => fixture.App;

    [Fact]
    public async Task Days_AndControls_WithTheNewestDaysPoints()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        var result = await App.Runner.RunAsync(integration, StreamCatalog.MicrosoftSecureScore);
        Assert.Equal(StreamStates.Healthy, result!.State);

        var truth = await App.GroundTruthAsync("contoso", App.BackfillStart);
        var document = await App.GroundTruthDocumentAsync("contoso", App.BackfillStart);
        var days = await App.QueryAsync(db => db.IngestedMicrosoftSecureScores.Where(s => s.IntegrationId == integration).OrderByDescending(s => s.CreatedAt).ToListAsync());
        var controls = await App.QueryAsync(db => db.IngestedSecureScoreControls.Where(c => c.IntegrationId == integration).ToListAsync());
        Assert.Equal(truth[Truth.SecureScoreDays], days.Count);
        Assert.Equal(truth[Truth.SecureScoreControls], controls.Count);
        // One score a day, the newest today's (or yesterday's before 03:00 UTC), with all tenants' average from the comparisons.
        Assert.Equal(days.Count, days.Select(d => d.CreatedAt.Date).Distinct().Count());
        var newest = days[0];
        Assert.Equal(document["microsoft_secure_score_current"]!.GetValue<double>(), newest.CurrentScore, 2);
        Assert.Equal(document["microsoft_secure_score_max"]!.GetValue<double>(), newest.MaxScore, 2);
        Assert.Equal(41.2, newest.AllTenantsAverage);
        Assert.Contains("HasExchange", newest.EnabledServices);
        // The score rose over the period: the tenant turned controls on.
        Assert.True(newest.CurrentScore > days[^1].CurrentScore);

        // Each live control carries the newest day's points, and they add up to the newest score.
        var live = controls.Where(c => c.Deprecated != true).ToList();
        Assert.Equal(newest.CurrentScore, live.Sum(c => c.Score ?? 0), 2);
        Assert.Equal(newest.MaxScore, live.Sum(c => c.MaxScore ?? 0), 2);
        Assert.Equal(truth[Truth.SecureScoreControlsToDo], live.Count(c => c.Score < c.MaxScore));
        Assert.Single(controls, c => c.Deprecated == true);
        Assert.Contains(controls, c => c.State == "Reviewed");
        Assert.Contains(controls, c => c.Service == "Defender for Identity");
        Assert.All(controls, c => Assert.StartsWith("https://", c.ActionUrl));
        Assert.All(controls, c => Assert.NotNull(c.Remediation));

        // Two days later the list has moved on: two new days, the two oldest gone, as Microsoft lists them.
        App.Clock.Advance(TimeSpan.FromDays(2));
        await App.Runner.RunAsync(integration, StreamCatalog.MicrosoftSecureScore);
        var later = await App.QueryAsync(db => db.IngestedMicrosoftSecureScores.Where(s => s.IntegrationId == integration).Select(s => s.CreatedAt).ToListAsync());
        Assert.Equal(days.Count, later.Count);
        Assert.Equal(newest.CreatedAt.AddDays(2), later.Max());
        Assert.Equal(days[^1].CreatedAt.AddDays(2), later.Min());
        Assert.Equal(controls.Count, await App.QueryAsync(db => db.IngestedSecureScoreControls.CountAsync(c => c.IntegrationId == integration)));
    }
}
