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

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
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
        var first = await WaitForAsync(integration, h => h.Count == StreamCatalog.All.Count && h.Values.All(s => s.State == StreamStates.Healthy && s.LeaseOwner is null));
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
        // Threat intelligence started in the same pass as the alerts but ran after them: it looked up every host they named.
        Assert.Equal(truth[StreamCatalog.ThreatIntelligence], await app.StoredAsync(integration, StreamCatalog.ThreatIntelligence));
    }

    [Fact]
    public async Task Scheduler_LeaseHeldElsewhere_RunsTheStreamOnceTheLeaseHasExpired()
    {
        var integration = await app.ConnectAsync(await app.CreateTenantAsync(), RequestBodies.Contoso);
        // Another instance (another machine) holds sign-ins for another minute: the first pass finds it running.
        var expires = app.Clock.GetUtcNow().UtcDateTime.AddMinutes(1);
        await app.QueryAsync(db =>
        {
            db.StreamHealth.Add(new StreamHealth
            {
                IntegrationId = integration, Stream = StreamCatalog.SignIns, State = StreamStates.Pending,
                LeaseOwner = "another-machine/4242/0123456789abcdef", LeaseExpiresAt = expires,
            });
            return db.SaveChangesAsync();
        });

        app.Clock.Advance(TimeSpan.FromSeconds(10));
        var first = await WaitForAsync(integration, h => h.Values.Count(s => s.State == StreamStates.Healthy && s.LeaseOwner is null) == StreamCatalog.All.Count - 1);
        Assert.Equal(StreamStates.Pending, first[StreamCatalog.SignIns].State);

        // Once the lease has expired, the next pass must take the stream: the earlier "already running" may not stick.
        app.Clock.Advance(TimeSpan.FromSeconds(70));
        var after = await WaitForAsync(integration, h => h[StreamCatalog.SignIns].State == StreamStates.Healthy && h[StreamCatalog.SignIns].LeaseOwner is null);
        var truth = await app.GroundTruthAsync("contoso", after[StreamCatalog.SignIns].LastRunAt!.Value.AddDays(-7));
        Assert.Equal(truth[StreamCatalog.SignIns], await app.StoredAsync(integration, StreamCatalog.SignIns));
    }

    [Fact]
    public async Task Scheduler_RunDiedOnAnotherInstance_NextPassAfterTheLeaseShowsInterruptedAndResumesIt()
    {
        var integration = await app.ConnectAsync(await app.CreateTenantAsync(), RequestBodies.Contoso);
        app.Clock.Advance(TimeSpan.FromSeconds(10));
        var first = await WaitForAsync(integration, h => h.Values.All(s => s.State == StreamStates.Healthy && s.LeaseOwner is null));

        // Another instance started sign-ins again and died: its 60 s lease was last renewed now.
        var started = app.Clock.GetUtcNow().UtcDateTime;
        await app.QueryAsync(async db =>
        {
            await db.StreamHealth.Where(h => h.IntegrationId == integration && h.Stream == StreamCatalog.SignIns).ExecuteUpdateAsync(s => s
                .SetProperty(h => h.State, StreamStates.Collecting).SetProperty(h => h.LastRunAt, started)
                .SetProperty(h => h.LeaseOwner, "another-machine/4242/0123456789abcdef").SetProperty(h => h.LeaseExpiresAt, started.AddSeconds(60)));
            db.StreamRuns.Add(new StreamRun { IntegrationId = integration, Stream = StreamCatalog.SignIns, StartedAt = started });
            return await db.SaveChangesAsync();
        });

        // The lease plus one tick: the sweep says interrupted and the same pass runs the stream again.
        app.Clock.Advance(TimeSpan.FromSeconds(70));
        var after = await WaitForAsync(integration, h => h[StreamCatalog.SignIns].State == StreamStates.Healthy && h[StreamCatalog.SignIns].LeaseOwner is null
            && h[StreamCatalog.SignIns].LastRunAt > started);

        Assert.Null(after[StreamCatalog.SignIns].LastError);
        var runs = await app.QueryAsync(db => db.StreamRuns.Where(r => r.IntegrationId == integration && r.Stream == StreamCatalog.SignIns).ToListAsync());
        Assert.Equal([StreamStates.Healthy, StreamStates.Interrupted, StreamStates.Healthy], runs.OrderBy(r => r.Id).Select(r => r.Outcome));
        var changes = await app.QueryAsync(db => db.AuditEntries.Where(a => a.TargetId == integration && a.Action == "integration.health_changed")
            .Select(a => a.Details).ToListAsync());
        Assert.Contains(changes, c => c!.Contains("\"state_before\":\"healthy\",\"state\":\"interrupted\""));
        // Both at the same instant of the test's clock, so only their presence is checked, not their order.
        Assert.Contains(changes, c => c!.Contains("\"state_before\":\"interrupted\",\"state\":\"healthy\""));
        var truth = await app.GroundTruthAsync("contoso", first[StreamCatalog.SignIns].LastRunAt!.Value.AddDays(-7));
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
            if (health.Count == StreamCatalog.All.Count && done(health)) return health;
            await Task.Delay(100);
        }
        Assert.Fail("The scheduler did not run the streams.");
        return null!;
    }
}
