using System.Diagnostics;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>
/// Runs that die or lose their lease: a short lease kept by a heartbeat, taken over at once from a process that is
/// gone, fenced at every page; and health that says interrupted or stale, each with its webhook event.
/// </summary>
[Trait("Category", "App")]
public sealed class InterruptedRunTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>
{
    private const string OtherMachine = "another-machine/4242/0123456789abcdef";

    private IngestionApp App => fixture.App;

    private StreamHealthSweeper Sweeper => App.Services.GetRequiredService<StreamHealthSweeper>();

    [Fact]
    public async Task Sweep_RunDiedAndItsLeaseExpired_StreamShowsInterruptedWithAnEventUntilTheNextRunTakesOver()
    {
        var (tenant, integration) = await ConnectAndSyncAllAsync();
        var started = Now.AddMinutes(-3);
        await LeaveADeadRunAsync(integration, StreamCatalog.SignIns, OtherMachine, leaseExpires: Now.AddSeconds(-1), started);

        await Sweeper.SweepAsync();

        var health = await HealthAsync(integration, StreamCatalog.SignIns);
        Assert.Equal(StreamStates.Interrupted, health.State);
        Assert.Equal(StreamHealthSweeper.InterruptedCode, health.LastErrorCode);
        Assert.Contains($"started {started:yyyy-MM-dd HH:mm:ss} UTC", health.LastError);
        Assert.Contains("stopped unexpectedly", health.LastError);
        Assert.Contains("last page was stored at", health.LastError);
        Assert.Equal(1, health.ConsecutiveFailures);
        Assert.Null(health.LeaseOwner);
        var dead = await App.QueryAsync(db => db.StreamRuns.SingleAsync(r => r.IntegrationId == integration && r.StartedAt == started));
        Assert.Equal(StreamStates.Interrupted, dead.Outcome);
        Assert.NotNull(dead.FinishedAt);
        Assert.Equal(["healthy→interrupted"], await HealthEventsAsync(tenant, integration));

        App.Clock.Advance(TimeSpan.FromSeconds(1)); // Events of one instant have no order.
        var resumed = await App.Runner.RunAsync(integration, StreamCatalog.SignIns);

        Assert.Equal(StreamStates.Healthy, resumed!.State);
        health = await HealthAsync(integration, StreamCatalog.SignIns);
        Assert.Null(health.LastError);
        Assert.Equal(0, health.ConsecutiveFailures);
        Assert.Equal(["healthy→interrupted", "interrupted→healthy"], await HealthEventsAsync(tenant, integration));
    }

    [Fact]
    public async Task Sweep_RunInProgressOnAnotherInstance_IsLeftCollecting()
    {
        var (tenant, integration) = await ConnectAndSyncAllAsync();
        await LeaveADeadRunAsync(integration, StreamCatalog.SignIns, OtherMachine, leaseExpires: Now.AddSeconds(50), Now.AddMinutes(-1));

        await Sweeper.SweepAsync();

        var health = await HealthAsync(integration, StreamCatalog.SignIns);
        Assert.Equal(StreamStates.Collecting, health.State);
        Assert.Equal(OtherMachine, health.LeaseOwner);
        Assert.Empty(await HealthEventsAsync(tenant, integration));
    }

    [Fact]
    public async Task Sweep_HealthyStreamWithoutSuccessForThreeIntervals_IsStoredStaleWithAnEvent()
    {
        var (tenant, integration) = await ConnectAndSyncAllAsync();
        // Sign-ins run every five minutes: sixteen minutes without a success is more than three intervals.
        var lastSuccess = Now.AddMinutes(-16);
        await App.QueryAsync(db => db.StreamHealth.Where(h => h.IntegrationId == integration && h.Stream == StreamCatalog.SignIns)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSuccessAt, lastSuccess).SetProperty(h => h.LastRunAt, lastSuccess)));

        await Sweeper.SweepAsync();

        var health = await HealthAsync(integration, StreamCatalog.SignIns);
        Assert.Equal(StreamStates.Stale, health.State);
        Assert.Equal(StreamHealthSweeper.StaleCode, health.LastErrorCode);
        Assert.Contains($"since {lastSuccess:yyyy-MM-dd HH:mm:ss} UTC", health.LastError);
        Assert.Equal(StreamStates.Healthy, (await HealthAsync(integration, StreamCatalog.Users)).State);
        Assert.Equal(["healthy→stale"], await HealthEventsAsync(tenant, integration));

        App.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(StreamStates.Healthy, (await App.Runner.RunAsync(integration, StreamCatalog.SignIns))!.State);
        Assert.Equal(["healthy→stale", "stale→healthy"], await HealthEventsAsync(tenant, integration));
    }

    [Fact]
    public async Task Run_LeaseOfAProcessOnThisMachineThatIsGone_IsTakenAtOnceAndResumesExactly()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        var deadOwner = $"{Environment.MachineName}/{await ExitedProcessIdAsync()}/{Guid.NewGuid():N}";
        var started = Now.AddSeconds(-20);
        // The killed process renewed its lease a moment before it died: it would hold the stream for another 50 s.
        await LeaveADeadRunAsync(integration, StreamCatalog.SignIns, deadOwner, leaseExpires: Now.AddSeconds(50), started);

        var result = await App.Runner.RunAsync(integration, StreamCatalog.SignIns);

        Assert.Equal(StreamStates.Healthy, result!.State);
        var truth = await App.GroundTruthAsync("contoso", App.BackfillStart);
        Assert.Equal(truth[StreamCatalog.SignIns], await App.StoredAsync(integration, StreamCatalog.SignIns));
        var dead = await App.QueryAsync(db => db.StreamRuns.SingleAsync(r => r.IntegrationId == integration && r.StartedAt == started));
        Assert.Equal(StreamStates.Interrupted, dead.Outcome);
        Assert.Null((await HealthAsync(integration, StreamCatalog.SignIns)).LeaseOwner);
    }

    [Fact]
    public async Task Run_LeaseTakenOverBetweenPages_StopsWithoutStoringAnotherPage()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        await App.SandboxControlAsync(HttpMethod.Post, "/faults", new { kind = "slow", tenant = "contoso", path = "auditLogs/signIns", delay_ms = 250 });
        try
        {
            var run = Task.Run(() => App.Runner.RunAsync(integration, StreamCatalog.SignIns));
            await WaitForPagesAsync(integration, 1);

            // Another instance took the stream over (as it may once a slow run's lease expired).
            await TakeLeaseAsync(integration, StreamCatalog.SignIns, OtherMachine);
            var storedAtTakeover = await App.StoredAsync(integration, StreamCatalog.SignIns);
            var cursorAtTakeover = await CursorAsync(integration);
            var result = await run;

            Assert.Equal(StreamRunResult.LeaseLost, result!.State);
            Assert.Equal(storedAtTakeover, await App.StoredAsync(integration, StreamCatalog.SignIns));
            Assert.Equal(cursorAtTakeover, await CursorAsync(integration));
            var health = await HealthAsync(integration, StreamCatalog.SignIns);
            Assert.Equal(OtherMachine, health.LeaseOwner);
            var history = await App.QueryAsync(db => db.StreamRuns.SingleAsync(r => r.IntegrationId == integration));
            Assert.Equal(StreamRunResult.LeaseLost, history.Outcome);
        }
        finally
        {
            await App.SandboxControlAsync(HttpMethod.Delete, "/faults");
        }
    }

    [Fact]
    public async Task Run_WaitingOnASlowPage_HeartbeatKeepsTheLeaseAndStopsTheRunWhenItIsTakenOver()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        await App.SandboxControlAsync(HttpMethod.Post, "/faults", new { kind = "slow", tenant = "contoso", path = "auditLogs/signIns", delay_ms = 60_000, count = 1 });
        try
        {
            var run = Task.Run(() => App.Runner.RunAsync(integration, StreamCatalog.SignIns));
            var taken = await WaitForAsync(integration, h => h.LeaseOwner is not null && h.State == StreamStates.Collecting);

            // No page arrives, yet the lease moves on every third of its 60 s.
            App.Clock.Advance(TimeSpan.FromSeconds(21));
            var renewed = await WaitForAsync(integration, h => h.LeaseExpiresAt > taken.LeaseExpiresAt);
            Assert.True(renewed.LeaseExpiresAt >= taken.LeaseExpiresAt!.Value.AddSeconds(20), $"{taken.LeaseExpiresAt:O} → {renewed.LeaseExpiresAt:O}");
            Assert.Equal(taken.LeaseOwner, renewed.LeaseOwner);

            await TakeLeaseAsync(integration, StreamCatalog.SignIns, OtherMachine);
            App.Clock.Advance(TimeSpan.FromSeconds(21));
            var result = await run;

            Assert.Equal(StreamRunResult.LeaseLost, result!.State);
            Assert.Equal(0, await App.StoredAsync(integration, StreamCatalog.SignIns));
            Assert.Equal(OtherMachine, (await HealthAsync(integration, StreamCatalog.SignIns)).LeaseOwner);
        }
        finally
        {
            await App.SandboxControlAsync(HttpMethod.Delete, "/faults");
        }
    }

    private DateTime Now => App.Clock.GetUtcNow().UtcDateTime;

    private async Task<(TestTenant Tenant, string Integration)> ConnectAndSyncAllAsync()
    {
        var tenant = await App.CreateTenantAsync();
        var integration = await App.ConnectAsync(tenant, RequestBodies.Contoso);
        var results = await App.SyncAllAsync(integration);
        Assert.All(results.Values, r => Assert.Equal(StreamStates.Healthy, r.State));
        // Connecting and the first sync (pending→healthy) are not what these tests look at.
        await App.QueryAsync(db => db.WebhookEvents.Where(e => e.TenantId == tenant.Id).ExecuteDeleteAsync());
        return (tenant, integration);
    }

    /// <summary>What a killed process leaves: the stream collecting under its lease, and its run's history row open.</summary>
    private Task LeaveADeadRunAsync(string integration, string stream, string owner, DateTime leaseExpires, DateTime started) =>
        App.QueryAsync(async db =>
        {
            var row = await db.StreamHealth.SingleOrDefaultAsync(h => h.IntegrationId == integration && h.Stream == stream);
            if (row is null) db.StreamHealth.Add(row = new StreamHealth { IntegrationId = integration, Stream = stream, State = StreamStates.Collecting });
            (row.State, row.LastRunAt, row.LeaseOwner, row.LeaseExpiresAt) = (StreamStates.Collecting, started, owner, leaseExpires);
            db.StreamRuns.Add(new StreamRun { IntegrationId = integration, Stream = stream, StartedAt = started, Pages = 2 });
            return await db.SaveChangesAsync();
        });

    private Task TakeLeaseAsync(string integration, string stream, string owner)
    {
        var until = Now.AddSeconds(60);
        return App.QueryAsync(db => db.StreamHealth.Where(h => h.IntegrationId == integration && h.Stream == stream)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LeaseOwner, owner).SetProperty(h => h.LeaseExpiresAt, until)));
    }

    private Task<StreamHealth> HealthAsync(string integration, string stream) =>
        App.QueryAsync(db => db.StreamHealth.AsNoTracking().SingleAsync(h => h.IntegrationId == integration && h.Stream == stream));

    private Task<string?> CursorAsync(string integration) =>
        App.QueryAsync(db => db.StreamCursors.Where(c => c.IntegrationId == integration && c.Stream == StreamCatalog.SignIns).Select(c => c.State).SingleOrDefaultAsync());

    /// <summary>The integration's <c>integration.health_changed</c> events, oldest first, as "before→after".</summary>
    private async Task<List<string>> HealthEventsAsync(TestTenant tenant, string integration)
    {
        var events = await App.QueryAsync(db => db.WebhookEvents.Where(e => e.TenantId == tenant.Id && e.Type == "integration.health_changed")
            .OrderBy(e => e.CreatedAt).ThenBy(e => e.Id).Select(e => e.DataJson).ToListAsync());
        return events.Select(json => System.Text.Json.Nodes.JsonNode.Parse(json)!)
            .Where(data => data["integration_id"]!.GetValue<string>() == integration)
            .Select(data => $"{data["state_before"]}→{data["state"]}").ToList();
    }

    private async Task WaitForPagesAsync(string integration, int pages)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var done = await App.QueryAsync(db => db.StreamRuns.Where(r => r.IntegrationId == integration).Select(r => r.Pages).FirstOrDefaultAsync());
            if (done >= pages) return;
            await Task.Delay(25);
        }
        Assert.Fail($"The run did not reach {pages} pages.");
    }

    private async Task<StreamHealth> WaitForAsync(string integration, Func<StreamHealth, bool> done)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var row = await App.QueryAsync(db => db.StreamHealth.AsNoTracking().SingleOrDefaultAsync(h => h.IntegrationId == integration && h.Stream == StreamCatalog.SignIns));
            if (row is not null && done(row)) return row;
            await Task.Delay(25);
        }
        Assert.Fail("The stream's lease did not reach the expected state.");
        return null!;
    }

    /// <summary>The id of a process that ran on this machine and has exited: what a killed instance leaves in its lease.</summary>
    private static async Task<int> ExitedProcessIdAsync()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        await process.WaitForExitAsync();
        return process.Id;
    }
}
