using System.Net;
using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Webhooks;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Platform.Hosting;

/// <summary>
/// Two HomeBase processes on one database (PostgreSQL in CI's second pass, SQLite in the first), both running their
/// schedulers and webhook dispatchers against one sandbox: an integration created on one is verified, synced and
/// rotated through the other, no stream is ever run by both at once, the records equal the sandbox's ground truth,
/// and every webhook event reaches the receiver exactly once.
/// </summary>
[Trait("Category", "App")]
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private ProcessSandbox world = null!;

    public async ValueTask InitializeAsync() => world = await ProcessSandbox.StartAsync("homebase-two-", signIns: 5_000);

    public async ValueTask DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task TwoInstancesOnOneDatabase_ShareTheWork_NeverRunAStreamTogether_AndSendEachWebhookOnce()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var settings = Settings();
        var tenantId = await AppProcess.RunCommandAsync(settings, "tenants", "create", "--name", "Acme");
        var apiKey = await AppProcess.RunCommandAsync(settings, "api-keys", "create", "--tenant", tenantId, "--name", "two-instances");
        await using var first = await AppProcess.StartAsync(settings);
        await using var second = await AppProcess.StartAsync(settings);
        using var one = ProcessSandbox.Client(first, apiKey);
        using var other = ProcessSandbox.Client(second, apiKey);

        var endpoint = await one.PostAsync("/v1/webhook_endpoints", new JsonObject
        {
            ["url"] = receiver.Url,
            ["enabled_events"] = new JsonArray(WebhookEventTypes.HealthChanged, WebhookEventTypes.CredentialRotated),
        }.Json());
        Assert.Equal(HttpStatusCode.Created, endpoint.StatusCode);
        var integration = await ProcessSandbox.ConnectAsync(one, tenantId);
        Assert.Equal(HttpStatusCode.OK, (await other.PostAsync($"/v1/integrations/{integration}/verify", null)).StatusCode);

        // Both schedulers take streams as they come due; the other instance's API sees them all end healthy.
        var streams = await ProcessSandbox.WaitForStreamsAsync(other, integration, ProcessSandbox.All(StreamStates.Healthy));

        // Rotated through the second; the secret it stored is then used by the first (one Data Protection key ring).
        await world.ControlAsync(HttpMethod.Post, "/tenants/contoso/secrets", new { value = "Two8Q~contoso.rotated-on-the-second", expiresInDays = 700 });
        var rotated = await other.PostAsync($"/v1/integrations/{integration}/credentials", new JsonObject { ["client_secret"] = "Two8Q~contoso.rotated-on-the-second" }.Json());
        Assert.True(rotated.StatusCode == HttpStatusCode.OK, await rotated.Content.ReadAsStringAsync());
        var verified = await one.PostAsync($"/v1/integrations/{integration}/verify", null);
        Assert.Equal("connected", JsonNode.Parse(await verified.Content.ReadAsStringAsync())!["status"]!.GetValue<string>());

        // No stream was ever run by both at once, and the work was shared.
        var runs = await world.ReadAsync(db => db.StreamRuns.AsNoTracking().Where(r => r.IntegrationId == integration).ToListAsync());
        foreach (var stream in runs.GroupBy(r => r.Stream))
        {
            var ordered = stream.OrderBy(r => r.StartedAt).ThenBy(r => r.Id).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                Assert.True(ordered[i - 1].FinishedAt is { } end && end <= ordered[i].StartedAt,
                    $"{stream.Key}: a run started at {ordered[i].StartedAt:O} by {ordered[i].RunBy} while {ordered[i - 1].RunBy}'s ran");
            }
        }
        var processes = runs.Select(r => r.RunBy!.Split('/')[1]).Distinct().Order().ToList();
        Assert.Equal(new[] { first.ProcessId, second.ProcessId }.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(), processes);

        // Every stream holds exactly what the sandbox has for the window its first run opened.
        await world.AssertGroundTruthAsync(streams, runs.GroupBy(r => r.Stream).Select(g => (g.Key, g.Min(r => r.StartedAt))));
        Assert.Equal(StreamCatalog.All.Count, runs.Select(r => r.Stream).Distinct().Count());

        // Both dispatchers poll: each event the outbox holds reaches the receiver once.
        var events = await world.ReadAsync(db => db.WebhookEvents.AsNoTracking().Where(e => e.TenantId == tenantId).Select(e => e.Id).ToListAsync());
        Assert.Contains(await world.ReadAsync(db => db.WebhookEvents.Where(e => e.TenantId == tenantId).Select(e => e.Type).ToListAsync()), t => t == WebhookEventTypes.CredentialRotated);
        for (var attempt = 0; attempt < 300 && receiver.Received.Count < events.Count; attempt++) await Task.Delay(100);
        await Task.Delay(3000); // two more polls of each: nothing is sent twice
        var received = receiver.Received.Select(r => JsonNode.Parse(r.Body)!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(events.Order(), received.Order());
        Assert.All(await world.ReadAsync(db => db.WebhookDeliveries.AsNoTracking().Where(d => d.TenantId == tenantId).ToListAsync()),
            d => Assert.Equal((DeliveryStatuses.Succeeded, 1), (d.Status, d.Attempts)));
    }

    [Fact]
    public async Task TheInstanceRunningAStreamIsKilled_TheOtherTakesItOver_AndEndsAtGroundTruth()
    {
        var settings = Settings();
        var tenantId = await AppProcess.RunCommandAsync(settings, "tenants", "create", "--name", "Acme");
        var apiKey = await AppProcess.RunCommandAsync(settings, "api-keys", "create", "--tenant", tenantId, "--name", "two-instances-kill");
        // Sign-ins are slowed so that the kill lands in the middle of their backfill.
        await world.ControlAsync(HttpMethod.Post, "/faults", new { kind = "slow", tenant = "contoso", path = "auditLogs/signIns", delay_ms = 700 });
        var apps = new[] { await AppProcess.StartAsync(settings), await AppProcess.StartAsync(settings) };
        try
        {
            using var one = ProcessSandbox.Client(apps[0], apiKey);
            var integration = await ProcessSandbox.ConnectAsync(one, tenantId);
            // Whichever instance took sign-ins: once it has stored some pages, it dies.
            var lease = await WaitForAsync(async () =>
                await world.ReadAsync(db => db.IngestedSignIns.AnyAsync(r => r.IntegrationId == integration))
                    ? await world.ReadAsync(db => db.StreamHealth.AsNoTracking()
                        .Where(h => h.IntegrationId == integration && h.Stream == StreamCatalog.SignIns && h.State == StreamStates.Collecting)
                        .Select(h => h.LeaseOwner).FirstOrDefaultAsync())
                    : null);
            var victim = apps.Single(a => lease!.Contains($"/{a.ProcessId}/", StringComparison.Ordinal));
            var survivor = apps.Single(a => a != victim);
            await victim.KillAsync();

            using var client = ProcessSandbox.Client(survivor, apiKey);
            var streams = await ProcessSandbox.WaitForStreamsAsync(client, integration, ProcessSandbox.All(StreamStates.Healthy));

            var signIns = await world.ReadAsync(db => db.StreamRuns.AsNoTracking().Where(r => r.IntegrationId == integration && r.Stream == StreamCatalog.SignIns)
                .OrderBy(r => r.Id).ToListAsync());
            Assert.Equal(StreamStates.Interrupted, signIns[0].Outcome);
            Assert.Contains($"/{victim.ProcessId}/", signIns[0].RunBy);
            Assert.Equal(StreamStates.Healthy, signIns[^1].Outcome);
            Assert.Contains($"/{survivor.ProcessId}/", signIns[^1].RunBy);
            var runs = await world.ReadAsync(db => db.StreamRuns.AsNoTracking().Where(r => r.IntegrationId == integration).ToListAsync());
            await world.AssertGroundTruthAsync(streams, runs.GroupBy(r => r.Stream).Select(g => (g.Key, g.Min(r => r.StartedAt))));
        }
        finally
        {
            foreach (var app in apps) await app.DisposeAsync();
            await world.ControlAsync(HttpMethod.Delete, "/faults");
        }
    }

    [Fact]
    public async Task AWebInstanceAndAWorker_TheWebTakesTheRequests_TheWorkerDoesTheWork()
    {
        var settings = Settings();
        var tenantId = await AppProcess.RunCommandAsync(settings, "tenants", "create", "--name", "Acme");
        var apiKey = await AppProcess.RunCommandAsync(settings, "api-keys", "create", "--tenant", tenantId, "--name", "web-and-worker");
        await using var web = await AppProcess.StartAsync(new Dictionary<string, string?>(settings) { ["HomeBase:Roles"] = "web" });
        await using var worker = await AppProcess.StartAsync(new Dictionary<string, string?>(settings) { ["HomeBase:Roles"] = "worker" });
        using var client = ProcessSandbox.Client(web, apiKey);
        using var workerClient = ProcessSandbox.Client(worker, apiKey);

        // The worker answers its load balancer's health checks, and serves no API and no pages.
        Assert.Equal(HttpStatusCode.OK, (await workerClient.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await workerClient.GetAsync("/v1/integrations")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await workerClient.GetAsync("/account/login")).StatusCode);

        var integration = await ProcessSandbox.ConnectAsync(client, tenantId);
        await ProcessSandbox.WaitForStreamsAsync(client, integration, ProcessSandbox.All(StreamStates.Healthy));
        // "Sync now" reaches the web instance, which runs nothing itself: the worker runs every stream again at once,
        // long before any interval would have.
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync($"/v1/integrations/{integration}/sync", null)).StatusCode);
        await WaitForAsync(async () => await world.ReadAsync(db => db.StreamRuns.Where(r => r.IntegrationId == integration && r.FinishedAt != null)
            .GroupBy(r => r.Stream).CountAsync(g => g.Count() >= 2)) == StreamCatalog.All.Count ? "done" : null);

        var runs = await world.ReadAsync(db => db.StreamRuns.AsNoTracking().Where(r => r.IntegrationId == integration).ToListAsync());
        Assert.All(runs, r => Assert.Contains($"/{worker.ProcessId}/", r.RunBy));
        Assert.Empty(await world.ReadAsync(db => db.StreamHealth.Where(h => h.IntegrationId == integration && h.SyncRequestedAt != null).ToListAsync()));
    }

    /// <summary>Both instances poll often, two streams at a time each (so both get some of the fourteen), and deliver to a loopback receiver.</summary>
    private Dictionary<string, string?> Settings() => world.Settings(new Dictionary<string, string?>
    {
        ["Ingestion:Scheduler:TickSeconds"] = "1",
        ["Ingestion:Scheduler:MaxConcurrency"] = "2",
        ["Webhooks:PollInterval"] = "00:00:01",
        ["Webhooks:AllowLoopback"] = "true",
    });

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe)
    {
        for (var attempt = 0; attempt < 1200; attempt++)
        {
            if (await probe() is { } value) return value;
            await Task.Delay(50);
        }
        Assert.Fail("It never happened.");
        return default!;
    }
}
