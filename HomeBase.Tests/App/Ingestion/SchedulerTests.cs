using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>The hosted scheduler runs every enabled stream on its own, then each again when its interval has passed; retention trims old events.</summary>
[Trait("Category", "App")]
public sealed class SchedulerTests : IAsyncLifetime
{
    private readonly IngestionApp app = new(
        Directory.CreateTempSubdirectory("homebase-scheduler-").FullName, IngestionApp.WholeSecondNow(),
        new Dictionary<string, string>
        {
            ["Ingestion:Scheduler:Enabled"] = "true", ["Ingestion:Scheduler:TickSeconds"] = "10", ["Ingestion:RetentionDays"] = "3",
        });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(app.DataDirectory, recursive: true);
    }

    [Fact]
    public async Task Scheduler_NewIntegration_RunsEveryStreamThenOnlyTheDueOnesAfterTheirInterval()
    {
        var integration = await app.ConnectAsync(await app.CreateTenantAsync(), RequestBodies.Contoso);

        app.Clock.Advance(TimeSpan.FromSeconds(10));
        var first = await WaitForAsync(integration, h => h.Count == 14 && h.Values.All(s => s.State == StreamStates.Healthy && s.LeaseOwner is null));
        var firstRun = first[StreamCatalog.Users].LastRunAt;

        // Six minutes on: alerts (2 min) and sign-ins (5 min) are due; users (15 min) are not.
        app.Clock.Advance(TimeSpan.FromMinutes(6));
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var second = await WaitForAsync(integration, h => h[StreamCatalog.SignIns].LastRunAt == now && h[StreamCatalog.Alerts].LastRunAt == now
            && h.Values.All(s => s.LeaseOwner is null));

        Assert.Equal(firstRun, second[StreamCatalog.Users].LastRunAt);
        Assert.Equal(firstRun, second[StreamCatalog.SecureScore].LastRunAt);
        var truth = await app.GroundTruthAsync("contoso", firstRun!.Value.AddDays(-7));
        Assert.Equal(truth[StreamCatalog.SignIns], await app.StoredAsync(integration, StreamCatalog.SignIns));
    }

    [Fact]
    public async Task Retention_EventsOlderThanRetention_AreRemovedAndNewerOnesKept()
    {
        var integration = await app.ConnectAsync(await app.CreateTenantAsync(), RequestBodies.Contoso);
        await app.Runner.RunAsync(integration, StreamCatalog.SignIns);
        await app.Runner.RunAsync(integration, StreamCatalog.ActivityLogs);
        var now = app.Clock.GetUtcNow().UtcDateTime;

        // This app keeps three days (Ingestion:RetentionDays); the first run backfilled seven.
        var removed = await app.Services.GetRequiredService<RetentionService>().PurgeAsync();

        var truth = await app.GroundTruthAsync("contoso", now.AddDays(-3));
        Assert.True(removed > 0);
        Assert.Equal(truth[StreamCatalog.SignIns], await app.StoredAsync(integration, StreamCatalog.SignIns));
        Assert.Equal(truth[StreamCatalog.ActivityLogs], await app.StoredAsync(integration, StreamCatalog.ActivityLogs));
    }

    private async Task<Dictionary<string, StreamHealth>> WaitForAsync(string integration, Func<Dictionary<string, StreamHealth>, bool> done)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var health = await app.QueryAsync(db => db.StreamHealth.Where(h => h.IntegrationId == integration).ToDictionaryAsync(h => h.Stream));
            if (health.Count == 14 && done(health)) return health;
            await Task.Delay(100);
        }
        Assert.Fail("The scheduler did not run the streams.");
        return null!;
    }
}
