using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>
/// Most runs at a thousand integrations are polls that find nothing new. Such a run must cost one commit to start
/// (lease, collecting, history row) and one to finish (health, history row, lease given back), and its pages none.
/// </summary>
[Trait("Category", "App")]
public sealed class QuietPollTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>
{
    private IngestionApp App => fixture.App;

    [Theory]
    [InlineData(StreamCatalog.SignIns)]
    [InlineData(StreamCatalog.Alerts)]
    [InlineData(StreamCatalog.ActivityLogs)]
    public async Task PollThatFindsNothing_CommitsItsStartAndFinishOnly(string stream)
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        Assert.Equal(StreamStates.Healthy, (await App.Runner.RunAsync(integration, stream))!.State);
        var cursorBefore = await App.QueryAsync(db => db.StreamCursors.AsNoTracking().SingleAsync(c => c.IntegrationId == integration && c.Stream == stream));
        App.Clock.Advance(TimeSpan.FromSeconds(1));

        var (run, commits) = await DatabaseCommits.OfAsync(() => App.Runner.RunAsync(integration, stream));

        Assert.Equal(StreamStates.Healthy, run!.State);
        Assert.True(run.Pages > 0, "The poll read no page, so it proves nothing about pages.");
        Assert.Equal((0, 0), (run.RecordsAdded, run.RecordsUpdated));
        Assert.Equal(["transaction", "transaction"], commits.Commits);
        // The history row has the poll's pages, the lease is back, and the cursor says when it last moved, not when it was last read.
        var history = await App.QueryAsync(db => db.StreamRuns.AsNoTracking().Where(r => r.IntegrationId == integration && r.Stream == stream)
            .OrderByDescending(r => r.Id).FirstAsync());
        Assert.Equal((StreamStates.Healthy, run.Pages), (history.Outcome, history.Pages));
        Assert.NotNull(history.FinishedAt);
        var health = await App.QueryAsync(db => db.StreamHealth.AsNoTracking().SingleAsync(h => h.IntegrationId == integration && h.Stream == stream));
        Assert.Null(health.LeaseOwner);
        var cursorAfter = await App.QueryAsync(db => db.StreamCursors.AsNoTracking().SingleAsync(c => c.IntegrationId == integration && c.Stream == stream));
        Assert.Equal((cursorBefore.State, cursorBefore.UpdatedAt), (cursorAfter.State, cursorAfter.UpdatedAt));
    }
}
