using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Platform.Clouds;
using HomeBase.Core.Webhooks;
using HomeBase.Sandbox;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

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
    private readonly string directory = Directory.CreateTempSubdirectory("homebase-two-").FullName;
    private SandboxServer sandbox = null!;

    public async Task InitializeAsync()
    {
        // The sandbox runs in the test, outside both processes, on a frozen clock: both see the same tenant.
        sandbox = await SandboxServer.StartAsync(
            new SandboxOptions { DataDirectory = Path.Combine(directory, "sandbox"), Port = 0, SignIns = 5_000, Throttling = false },
            new FakeTimeProvider(DateTimeOffset.UtcNow));
    }

    public async Task DisposeAsync()
    {
        await sandbox.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TestDatabase.Drop(directory);
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task TwoInstancesOnOneDatabase_ShareTheWork_NeverRunAStreamTogether_AndSendEachWebhookOnce()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var settings = Settings();
        var tenantId = await AppProcess.RunCommandAsync(settings, "tenants", "create", "--name", "Acme");
        var apiKey = await AppProcess.RunCommandAsync(settings, "api-keys", "create", "--tenant", tenantId, "--name", "two-instances");
        await using var first = await AppProcess.StartAsync(settings);
        await using var second = await AppProcess.StartAsync(settings);
        using var one = Client(first, apiKey);
        using var other = Client(second, apiKey);

        var endpoint = await one.PostAsync("/v1/webhook_endpoints", new JsonObject
        {
            ["url"] = receiver.Url,
            ["enabled_events"] = new JsonArray(WebhookEventTypes.HealthChanged, WebhookEventTypes.CredentialRotated),
        }.Json());
        Assert.Equal(HttpStatusCode.Created, endpoint.StatusCode);
        var integration = await ConnectAsync(one, tenantId);
        Assert.Equal(HttpStatusCode.OK, (await other.PostAsync($"/v1/integrations/{integration}/verify", null)).StatusCode);

        // Both schedulers take streams as they come due; the other instance's API sees them all end healthy.
        var streams = await WaitForStreamsAsync(other, integration, s => s["state"]!.GetValue<string>() == StreamStates.Healthy);

        // Rotated through the second; the secret it stored is then used by the first (one Data Protection key ring).
        await SandboxAsync(HttpMethod.Post, "/tenants/contoso/secrets", new { value = "Two8Q~contoso.rotated-on-the-second", expiresInDays = 700 });
        var rotated = await other.PostAsync($"/v1/integrations/{integration}/credentials", new JsonObject { ["client_secret"] = "Two8Q~contoso.rotated-on-the-second" }.Json());
        Assert.True(rotated.StatusCode == HttpStatusCode.OK, await rotated.Content.ReadAsStringAsync());
        var verified = await one.PostAsync($"/v1/integrations/{integration}/verify", null);
        Assert.Equal("connected", JsonNode.Parse(await verified.Content.ReadAsStringAsync())!["status"]!.GetValue<string>());

        // No stream was ever run by both at once, and the work was shared.
        var runs = await ReadAsync(db => db.StreamRuns.AsNoTracking().Where(r => r.IntegrationId == integration).ToListAsync());
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
        foreach (var stream in runs.GroupBy(r => r.Stream))
        {
            var truth = await GroundTruthAsync(stream.Min(r => r.StartedAt).AddDays(-7), stream.Key);
            Assert.True(truth == Stream(streams, stream.Key)["records_total"]!.GetValue<long>(), $"{stream.Key}: stored {Stream(streams, stream.Key)["records_total"]}, sandbox {truth}");
        }
        Assert.Equal(StreamCatalog.All.Count, runs.Select(r => r.Stream).Distinct().Count());

        // Both dispatchers poll: each event the outbox holds reaches the receiver once.
        var events = await ReadAsync(db => db.WebhookEvents.AsNoTracking().Where(e => e.TenantId == tenantId).Select(e => e.Id).ToListAsync());
        Assert.Contains(await ReadAsync(db => db.WebhookEvents.Where(e => e.TenantId == tenantId).Select(e => e.Type).ToListAsync()), t => t == WebhookEventTypes.CredentialRotated);
        for (var attempt = 0; attempt < 300 && receiver.Received.Count < events.Count; attempt++) await Task.Delay(100);
        await Task.Delay(3000); // two more polls of each: nothing is sent twice
        var received = receiver.Received.Select(r => JsonNode.Parse(r.Body)!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(events.Order(), received.Order());
        Assert.All(await ReadAsync(db => db.WebhookDeliveries.AsNoTracking().Where(d => d.TenantId == tenantId).ToListAsync()),
            d => Assert.Equal((DeliveryStatuses.Succeeded, 1), (d.Status, d.Attempts)));
    }

    [Fact]
    public async Task TheInstanceRunningAStreamIsKilled_TheOtherTakesItOver_AndEndsAtGroundTruth()
    {
        var settings = Settings();
        var tenantId = await AppProcess.RunCommandAsync(settings, "tenants", "create", "--name", "Acme");
        var apiKey = await AppProcess.RunCommandAsync(settings, "api-keys", "create", "--tenant", tenantId, "--name", "two-instances-kill");
        // Sign-ins are slowed so that the kill lands in the middle of their backfill.
        await SandboxAsync(HttpMethod.Post, "/faults", new { kind = "slow", tenant = "contoso", path = "auditLogs/signIns", delay_ms = 700 });
        var apps = new[] { await AppProcess.StartAsync(settings), await AppProcess.StartAsync(settings) };
        try
        {
            using var one = Client(apps[0], apiKey);
            var integration = await ConnectAsync(one, tenantId);
            // Whichever instance took sign-ins: once it has stored some pages, it dies.
            var lease = await WaitForAsync(async () =>
                await ReadAsync(db => db.IngestedSignIns.AnyAsync(r => r.IntegrationId == integration))
                    ? await ReadAsync(db => db.StreamHealth.AsNoTracking()
                        .Where(h => h.IntegrationId == integration && h.Stream == StreamCatalog.SignIns && h.State == StreamStates.Collecting)
                        .Select(h => h.LeaseOwner).FirstOrDefaultAsync())
                    : null);
            var victim = apps.Single(a => lease!.Contains($"/{a.ProcessId}/", StringComparison.Ordinal));
            var survivor = apps.Single(a => a != victim);
            await victim.KillAsync();

            using var client = Client(survivor, apiKey);
            var streams = await WaitForStreamsAsync(client, integration, s => s["state"]!.GetValue<string>() == StreamStates.Healthy);

            var signIns = await ReadAsync(db => db.StreamRuns.AsNoTracking().Where(r => r.IntegrationId == integration && r.Stream == StreamCatalog.SignIns)
                .OrderBy(r => r.Id).ToListAsync());
            Assert.Equal(StreamStates.Interrupted, signIns[0].Outcome);
            Assert.Contains($"/{victim.ProcessId}/", signIns[0].RunBy);
            Assert.Equal(StreamStates.Healthy, signIns[^1].Outcome);
            Assert.Contains($"/{survivor.ProcessId}/", signIns[^1].RunBy);
            var runs = await ReadAsync(db => db.StreamRuns.AsNoTracking().Where(r => r.IntegrationId == integration).ToListAsync());
            foreach (var stream in runs.GroupBy(r => r.Stream))
            {
                var truth = await GroundTruthAsync(stream.Min(r => r.StartedAt).AddDays(-7), stream.Key);
                Assert.True(truth == Stream(streams, stream.Key)["records_total"]!.GetValue<long>(), $"{stream.Key}: stored {Stream(streams, stream.Key)["records_total"]}, sandbox {truth}");
            }
        }
        finally
        {
            foreach (var app in apps) await app.DisposeAsync();
            await SandboxAsync(HttpMethod.Delete, "/faults");
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
        using var client = Client(web, apiKey);
        using var workerClient = Client(worker, apiKey);

        // The worker answers its load balancer's health checks, and serves no API and no pages.
        Assert.Equal(HttpStatusCode.OK, (await workerClient.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await workerClient.GetAsync("/v1/integrations")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await workerClient.GetAsync("/account/login")).StatusCode);

        var integration = await ConnectAsync(client, tenantId);
        await WaitForStreamsAsync(client, integration, s => s["state"]!.GetValue<string>() == StreamStates.Healthy);
        // "Sync now" reaches the web instance, which runs nothing itself: the worker runs every stream again at once,
        // long before any interval would have.
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync($"/v1/integrations/{integration}/sync", null)).StatusCode);
        await WaitForAsync(async () => await ReadAsync(db => db.StreamRuns.Where(r => r.IntegrationId == integration && r.FinishedAt != null)
            .GroupBy(r => r.Stream).CountAsync(g => g.Count() >= 2)) == StreamCatalog.All.Count ? "done" : null);

        var runs = await ReadAsync(db => db.StreamRuns.AsNoTracking().Where(r => r.IntegrationId == integration).ToListAsync());
        Assert.All(runs, r => Assert.Contains($"/{worker.ProcessId}/", r.RunBy));
        Assert.Empty(await ReadAsync(db => db.StreamHealth.Where(h => h.IntegrationId == integration && h.SyncRequestedAt != null).ToListAsync()));
    }

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

    private Dictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>
        {
            ["HomeBase:DataDirectory"] = directory,
            ["Sandbox:Enabled"] = "false",
            ["Ingestion:Scheduler:TickSeconds"] = "1",
            // Two streams at a time each, so that both instances get some of the fourteen.
            ["Ingestion:Scheduler:MaxConcurrency"] = "2",
            ["Ingestion:RequestBudgets"] = "false",
            ["Verification:IdentityProtectionSpacingMs"] = "0",
            ["Webhooks:PollInterval"] = "00:00:01",
            ["Webhooks:AllowLoopback"] = "true",
        };
        foreach (var (key, value) in CloudPresets.ForSandbox(sandbox.BaseUrl, sandbox.CertificatePath).ToConfiguration(CloudPresets.Sandbox)) settings[key] = value;
        foreach (var (key, value) in TestDatabase.SettingsFor(directory)) settings[key] = value;
        return settings;
    }

    private static HttpClient Client(AppProcess app, string apiKey)
    {
        var client = new HttpClient { BaseAddress = app.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return client;
    }

    private static async Task<string> ConnectAsync(HttpClient client, string tenantId)
    {
        var body = RequestBodies.Seed(tenantId, app: RequestBodies.Contoso).With(b => b["config"]!["ingest_defender_for_cloud"] = true);
        var response = await client.PostAsync("/v1/integrations", body.Json());
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
    }

    private static async Task<JsonNode> WaitForStreamsAsync(HttpClient client, string integration, Func<JsonNode, bool> done)
    {
        JsonNode? streams = null;
        for (var attempt = 0; attempt < 1800; attempt++)
        {
            streams = JsonNode.Parse(await (await client.GetAsync($"/v1/integrations/{integration}/streams")).Content.ReadAsStringAsync())!;
            if (streams["data"]!.AsArray().All(s => done(s!) && !s!["running"]!.GetValue<bool>())) return streams;
            await Task.Delay(100);
        }
        Assert.Fail($"The streams did not get there: {streams?.ToJsonString()}");
        return null!;
    }

    private static JsonNode Stream(JsonNode streams, string name) =>
        streams["data"]!.AsArray().Single(s => s!["stream"]!.GetValue<string>() == name)!;

    private async Task<T> ReadAsync<T>(Func<HomeBase.Core.Platform.Persistence.HomeBaseDbContext, Task<T>> query)
    {
        await using var db = TestDatabase.OpenContext(directory);
        return await query(db);
    }

    private async Task SandboxAsync(HttpMethod method, string path, object? body = null)
    {
        var response = await SandboxControl.SendAsync(sandbox, method, path, body);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode}");
    }

    private async Task<long> GroundTruthAsync(DateTime from, string stream)
    {
        var iso = Uri.EscapeDataString(from.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture));
        var response = await SandboxControl.SendAsync(sandbox, HttpMethod.Get, $"/tenants/contoso/ground-truth?from={iso}");
        return Truth.Of(JsonNode.Parse(await response.Content.ReadAsStringAsync())!)[stream];
    }
}
