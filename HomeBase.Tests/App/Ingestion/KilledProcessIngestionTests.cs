using System.Net;
using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>
/// The app as its own process, killed with SIGKILL in the middle of the first backfill (once between pages, once
/// inside a page's transaction) and started again on the same SQLite file: every stream resumes at once, shows the
/// interruption, and ends at the sandbox's ground truth, with no gap and no duplicate.
/// </summary>
[Trait("Category", "App")]
public sealed class KilledProcessIngestionTests : IAsyncLifetime
{
    private ProcessSandbox world = null!;

    // The sandbox runs in the test, outside both app processes, on a frozen clock: the tenant's data is the same
    // for the killed process and its successor, and the ground truth is the sandbox's.
    public async ValueTask InitializeAsync() => world = await ProcessSandbox.StartAsync("homebase-kill-", signIns: 20_000);

    public async ValueTask DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Sync_ProcessKilledBetweenPages_RestartedProcessResumesEveryStreamToGroundTruth()
    {
        await KillAndRestartAsync(new Dictionary<string, string?>(), async (app, client, integration) =>
        {
            // Sign-ins are slowed so that the kill lands while their backfill has stored some pages and not all.
            await ProcessSandbox.WaitForStreamsAsync(client, integration, streams =>
                ProcessSandbox.Stream(streams, StreamCatalog.SignIns) is var s && s["running"]!.GetValue<bool>() && s["records_total"]!.GetValue<long>() >= 2_000);
        });
    }

    [Fact]
    public async Task Sync_ProcessKilledInsideAPageTransaction_RestartedProcessResumesEveryStreamToGroundTruth()
    {
        // Only the first process waits between a page's writes and its commit, and says so, for the kill to land there.
        await KillAndRestartAsync(new Dictionary<string, string?> { ["Ingestion:PauseBeforePageCommitMs"] = "1500" }, async (app, _, _) =>
        {
            // The second of the backfill's commits (about 5,000 sign-ins in four-page commits): the first is stored, this one is not.
            await app.WaitForLineAsync($"Page of {StreamCatalog.SignIns} for", TimeSpan.FromMinutes(2), occurrences: 2);
        });
    }

    private async Task KillAndRestartAsync(Dictionary<string, string?> firstOnly, Func<AppProcess, HttpClient, string, Task> killWhen)
    {
        var settings = world.Settings();
        var tenantId = await AppProcess.RunCommandAsync(settings, "tenants", "create", "--name", "Acme");
        var apiKey = await AppProcess.RunCommandAsync(settings, "api-keys", "create", "--tenant", tenantId, "--name", "kill-test");
        // Each sign-in page takes 1.5 s: after the first commit, the kill has that long to land while pages are left. At
        // 0.3 s a busy machine (the whole suite on two cores) sometimes let the backfill finish first.
        await world.ControlAsync(HttpMethod.Post, "/faults", new { kind = "slow", tenant = "contoso", path = "auditLogs/signIns", delay_ms = 1500 });

        string integration;
        int killedProcess;
        await using (var first = await AppProcess.StartAsync(new Dictionary<string, string?>(settings.Concat(firstOnly))))
        {
            killedProcess = first.ProcessId;
            using var client = ProcessSandbox.Client(first, apiKey);
            integration = await ProcessSandbox.ConnectAsync(client, tenantId);
            await killWhen(first, client, integration);
            await first.KillAsync();
        }

        // What the kill left: sign-ins collecting under the dead process's lease, which would hold for up to a minute.
        var left = await world.ReadAsync(db => db.StreamHealth.AsNoTracking().SingleAsync(h => h.IntegrationId == integration && h.Stream == StreamCatalog.SignIns));
        Assert.Equal(StreamStates.Collecting, left.State);
        Assert.Contains($"/{killedProcess}/", left.LeaseOwner);
        var deadLeaseExpires = left.LeaseExpiresAt!.Value;
        var storedAtKill = await world.ReadAsync(db => db.IngestedSignIns.LongCountAsync(s => s.IntegrationId == integration));
        await world.ControlAsync(HttpMethod.Delete, "/faults");

        await using var second = await AppProcess.StartAsync(settings);
        using var secondClient = ProcessSandbox.Client(second, apiKey);
        var streams = await ProcessSandbox.WaitForStreamsAsync(secondClient, integration,
            all => all["data"]!.AsArray().All(s => s!["state"]!.GetValue<string>() == StreamStates.Healthy && !s["running"]!.GetValue<bool>()));

        // The successor saw its predecessor was gone and took sign-ins over before the dead lease would have expired,
        // after saying the run was interrupted (history and the health_changed event).
        var runs = await world.ReadAsync(db => db.StreamRuns.AsNoTracking().Where(r => r.IntegrationId == integration && r.Stream == StreamCatalog.SignIns)
            .OrderBy(r => r.Id).ToListAsync());
        Assert.Equal([StreamStates.Interrupted, StreamStates.Healthy], runs.Select(r => r.Outcome));
        Assert.True(runs[1].StartedAt < deadLeaseExpires, $"resumed at {runs[1].StartedAt:O}, dead lease until {deadLeaseExpires:O}");
        var events = (await world.ReadAsync(db => db.WebhookEvents.AsNoTracking().Where(e => e.TenantId == tenantId && e.Type == "integration.health_changed")
            .OrderBy(e => e.CreatedAt).Select(e => e.DataJson).ToListAsync())).Select(e => JsonNode.Parse(e)!).ToList();
        var changes = events.Select(e => $"{e["state_before"]}→{e["state"]}").ToList();
        // The first killed stream the sweep reached turned the integration interrupted; once every one of them had
        // resumed it was interrupted no more, and it ended healthy (streams that never ran before the kill kept it
        // pending in between).
        var interrupted = changes.IndexOf(changes.First(c => c.EndsWith("→interrupted", StringComparison.Ordinal)));
        Assert.Equal(StreamStates.Interrupted, events[interrupted]["stream_state"]!.GetValue<string>());
        Assert.Contains(changes.Skip(interrupted + 1), c => c.StartsWith("interrupted→", StringComparison.Ordinal));
        Assert.EndsWith("→healthy", changes[^1]);
        Assert.Single(changes, c => c.EndsWith("→interrupted", StringComparison.Ordinal));

        // Every stream holds exactly what the sandbox has for the window its first run opened.
        var firstRuns = await world.ReadAsync(db => db.StreamRuns.AsNoTracking().Where(r => r.IntegrationId == integration)
            .GroupBy(r => r.Stream).Select(g => new { Stream = g.Key, Started = g.Min(r => r.StartedAt) }).ToListAsync());
        Assert.Equal(StreamCatalog.All.Count, firstRuns.Count);
        await world.AssertGroundTruthAsync(streams, firstRuns.Select(r => (r.Stream, r.Started)));
        Assert.True(ProcessSandbox.Stream(streams, StreamCatalog.SignIns)["records_total"]!.GetValue<long>() > storedAtKill);
    }
}
