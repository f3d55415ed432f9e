using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Platform.Clouds;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Sandbox;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>
/// The app as its own process, killed with SIGKILL in the middle of the first backfill (once between pages, once
/// inside a page's transaction) and started again on the same SQLite file: every stream resumes at once, shows the
/// interruption, and ends at the sandbox's ground truth, with no gap and no duplicate.
/// </summary>
[Trait("Category", "App")]
public sealed class KilledProcessIngestionTests : IAsyncLifetime
{
    private readonly string directory = Directory.CreateTempSubdirectory("homebase-kill-").FullName;
    private SandboxServer sandbox = null!;

    public async Task InitializeAsync()
    {
        // The sandbox runs in the test, outside both app processes, on a frozen clock: the tenant's data is the same
        // for the killed process and its successor, and the ground truth is the sandbox's.
        sandbox = await SandboxServer.StartAsync(
            new SandboxOptions { DataDirectory = Path.Combine(directory, "sandbox"), Port = 0, SignIns = 20_000, Throttling = false },
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
    public async Task Sync_ProcessKilledBetweenPages_RestartedProcessResumesEveryStreamToGroundTruth()
    {
        await KillAndRestartAsync(new Dictionary<string, string?>(), async (app, client, integration) =>
        {
            // Sign-ins are slowed so that the kill lands while their backfill has stored some pages and not all.
            await WaitForStreamsAsync(client, integration, streams =>
                Stream(streams, StreamCatalog.SignIns) is var s && s["running"]!.GetValue<bool>() && s["records_total"]!.GetValue<long>() >= 2_000);
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
        var settings = Settings();
        var tenantId = await AppProcess.RunCommandAsync(settings, "tenants", "create", "--name", "Acme");
        var apiKey = await AppProcess.RunCommandAsync(settings, "api-keys", "create", "--tenant", tenantId, "--name", "kill-test");
        await ControlAsync(HttpMethod.Post, "/faults", new { kind = "slow", tenant = "contoso", path = "auditLogs/signIns", delay_ms = 300 });

        string integration;
        int killedProcess;
        await using (var first = await AppProcess.StartAsync(new Dictionary<string, string?>(settings.Concat(firstOnly))))
        {
            killedProcess = first.ProcessId;
            using var client = ApiClient(first, apiKey);
            integration = await ConnectAsync(client, tenantId);
            await killWhen(first, client, integration);
            await first.KillAsync();
        }

        // What the kill left: sign-ins collecting under the dead process's lease, which would hold for up to a minute.
        var left = await ReadAsync(db => db.StreamHealth.AsNoTracking().SingleAsync(h => h.IntegrationId == integration && h.Stream == StreamCatalog.SignIns));
        Assert.Equal(StreamStates.Collecting, left.State);
        Assert.Contains($"/{killedProcess}/", left.LeaseOwner);
        var deadLeaseExpires = left.LeaseExpiresAt!.Value;
        var storedAtKill = await ReadAsync(db => db.IngestedSignIns.LongCountAsync(s => s.IntegrationId == integration));
        await ControlAsync(HttpMethod.Delete, "/faults");

        await using var second = await AppProcess.StartAsync(settings);
        using var secondClient = ApiClient(second, apiKey);
        var streams = await WaitForStreamsAsync(secondClient, integration,
            all => all["data"]!.AsArray().All(s => s!["state"]!.GetValue<string>() == StreamStates.Healthy && !s["running"]!.GetValue<bool>()));

        // The successor saw its predecessor was gone and took sign-ins over before the dead lease would have expired,
        // after saying the run was interrupted (history and the health_changed event).
        var runs = await ReadAsync(db => db.StreamRuns.AsNoTracking().Where(r => r.IntegrationId == integration && r.Stream == StreamCatalog.SignIns)
            .OrderBy(r => r.Id).ToListAsync());
        Assert.Equal([StreamStates.Interrupted, StreamStates.Healthy], runs.Select(r => r.Outcome));
        Assert.True(runs[1].StartedAt < deadLeaseExpires, $"resumed at {runs[1].StartedAt:O}, dead lease until {deadLeaseExpires:O}");
        var events = (await ReadAsync(db => db.WebhookEvents.AsNoTracking().Where(e => e.TenantId == tenantId && e.Type == "integration.health_changed")
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
        var firstRuns = await ReadAsync(db => db.StreamRuns.AsNoTracking().Where(r => r.IntegrationId == integration)
            .GroupBy(r => r.Stream).Select(g => new { Stream = g.Key, Started = g.Min(r => r.StartedAt) }).ToListAsync());
        var mismatches = new List<string>();
        foreach (var run in firstRuns)
        {
            var truth = await GroundTruthAsync(run.Started.AddDays(-7), run.Stream);
            var stored = Stream(streams, run.Stream)["records_total"]!.GetValue<long>();
            if (stored != truth) mismatches.Add($"{run.Stream}: stored {stored}, sandbox {truth}");
        }
        Assert.Equal(StreamCatalog.All.Count, firstRuns.Count);
        Assert.Empty(mismatches);
        Assert.True(Stream(streams, StreamCatalog.SignIns)["records_total"]!.GetValue<long>() > storedAtKill);
    }

    private Dictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>
        {
            ["HomeBase:DataDirectory"] = directory,
            ["Sandbox:Enabled"] = "false",
            ["Ingestion:Scheduler:TickSeconds"] = "2",
            ["Ingestion:RequestBudgets"] = "false",
            ["Verification:IdentityProtectionSpacingMs"] = "0",
        };
        foreach (var (key, value) in CloudPresets.ForSandbox(sandbox.BaseUrl, sandbox.CertificatePath).ToConfiguration(CloudPresets.Sandbox)) settings[key] = value;
        foreach (var (key, value) in TestDatabase.SettingsFor(directory)) settings[key] = value;
        return settings;
    }

    private static HttpClient ApiClient(AppProcess app, string apiKey)
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
        for (var attempt = 0; attempt < 1200; attempt++)
        {
            var response = await client.GetAsync($"/v1/integrations/{integration}/streams");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            streams = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            if (done(streams)) return streams;
            await Task.Delay(100);
        }
        Assert.Fail($"The streams did not get there: {streams?.ToJsonString()}");
        return null!;
    }

    private static JsonNode Stream(JsonNode streams, string name) =>
        streams["data"]!.AsArray().Single(s => s!["stream"]!.GetValue<string>() == name)!;

    private async Task<T> ReadAsync<T>(Func<HomeBaseDbContext, Task<T>> query)
    {
        await using var db = TestDatabase.OpenContext(directory);
        return await query(db);
    }

    private async Task<HttpResponseMessage> ControlAsync(HttpMethod method, string path, object? body = null)
    {
        var response = await SandboxControl.SendAsync(sandbox, method, path, body);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode}");
        return response;
    }

    /// <summary>The sandbox's count for one stream, for events from <paramref name="from"/>.</summary>
    private async Task<long> GroundTruthAsync(DateTime from, string stream)
    {
        var iso = Uri.EscapeDataString(from.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture));
        var response = await ControlAsync(HttpMethod.Get, $"/tenants/contoso/ground-truth?from={iso}");
        return Truth.Of(JsonNode.Parse(await response.Content.ReadAsStringAsync())!)[stream];
    }
}
