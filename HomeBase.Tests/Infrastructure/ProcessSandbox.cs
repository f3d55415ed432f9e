using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using HomeBase.Core.Platform.Clouds;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Sandbox;
using Microsoft.Extensions.Time.Testing;

namespace HomeBase.Tests.Infrastructure;

/// <summary>
/// What tests that run HomeBase as its own processes (<see cref="AppProcess"/>) share: a data directory and its
/// database (<see cref="TestDatabase"/>), and a sandbox hosted in the test on a frozen clock, outside every app
/// process, so that all of them (and a successor after a kill) see the same tenant and the same ground truth.
/// </summary>
public sealed class ProcessSandbox : IAsyncDisposable
{
    private ProcessSandbox(string directory, SandboxServer sandbox) => (Directory, Sandbox) = (directory, sandbox);

    public string Directory { get; }

    public SandboxServer Sandbox { get; }

    public static async Task<ProcessSandbox> StartAsync(string prefix, int signIns)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory(prefix).FullName;
        var sandbox = await SandboxServer.StartAsync(
            new SandboxOptions { DataDirectory = Path.Combine(directory, "sandbox"), Port = 0, SignIns = signIns, Throttling = false },
            new FakeTimeProvider(DateTimeOffset.UtcNow));
        return new ProcessSandbox(directory, sandbox);
    }

    /// <summary>The settings of an app process on this directory's database and this sandbox, with <paramref name="extra"/> on top.</summary>
    public Dictionary<string, string?> Settings(IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["HomeBase:DataDirectory"] = Directory,
            ["Sandbox:Enabled"] = "false",
            ["Ingestion:Scheduler:TickSeconds"] = "2",
            ["Ingestion:RequestBudgets"] = "false",
            ["Verification:IdentityProtectionSpacingMs"] = "0",
        };
        foreach (var (key, value) in CloudPresets.ForSandbox(Sandbox.BaseUrl, Sandbox.CertificatePath).ToConfiguration(CloudPresets.Sandbox)) settings[key] = value;
        foreach (var (key, value) in TestDatabase.SettingsFor(Directory)) settings[key] = value;
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        return settings;
    }

    public static HttpClient Client(AppProcess app, string apiKey)
    {
        var client = new HttpClient { BaseAddress = app.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return client;
    }

    /// <summary>Connects the sandbox's Contoso through the API with every stream switched on; returns the integration id.</summary>
    public static async Task<string> ConnectAsync(HttpClient client, string tenantId)
    {
        var body = RequestBodies.Seed(tenantId, app: RequestBodies.Contoso).With(b => b["config"]!["ingest_defender_for_cloud"] = true);
        var response = await client.PostAsync("/v1/integrations", body.Json());
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
    }

    /// <summary>Polls <c>GET …/streams</c> until <paramref name="done"/> holds for the whole answer (three minutes at most).</summary>
    public static async Task<JsonNode> WaitForStreamsAsync(HttpClient client, string integration, Func<JsonNode, bool> done)
    {
        JsonNode? streams = null;
        for (var attempt = 0; attempt < 1800; attempt++)
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

    /// <summary>Every stream is in <paramref name="state"/> and none is running.</summary>
    public static Func<JsonNode, bool> All(string state) =>
        streams => streams["data"]!.AsArray().All(s => s!["state"]!.GetValue<string>() == state && !s["running"]!.GetValue<bool>());

    public static JsonNode Stream(JsonNode streams, string name) =>
        streams["data"]!.AsArray().Single(s => s!["stream"]!.GetValue<string>() == name)!;

    /// <summary>A query on the database the processes share.</summary>
    public async Task<T> ReadAsync<T>(Func<HomeBaseDbContext, Task<T>> query)
    {
        await using var db = TestDatabase.OpenContext(Directory);
        return await query(db);
    }

    public async Task<HttpResponseMessage> ControlAsync(HttpMethod method, string path, object? body = null)
    {
        var response = await SandboxControl.SendAsync(Sandbox, method, path, body);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode}");
        return response;
    }

    /// <summary>The sandbox's count for one stream, for events from <paramref name="from"/>.</summary>
    public async Task<long> GroundTruthAsync(DateTime from, string stream)
    {
        var iso = Uri.EscapeDataString(from.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
        var response = await ControlAsync(HttpMethod.Get, $"/tenants/contoso/ground-truth?from={iso}");
        return Truth.Of(JsonNode.Parse(await response.Content.ReadAsStringAsync())!)[stream];
    }

    /// <summary>Asserts that every stream that ran holds exactly what the sandbox has for the window its first run opened.</summary>
    public async Task AssertGroundTruthAsync(JsonNode streams, IEnumerable<(string Stream, DateTime FirstStarted)> firstRuns)
    {
        var mismatches = new List<string>();
        foreach (var (stream, started) in firstRuns)
        {
            var truth = await GroundTruthAsync(started.AddDays(-7), stream);
            var stored = Stream(streams, stream)["records_total"]!.GetValue<long>();
            if (stored != truth) mismatches.Add($"{stream}: stored {stored}, sandbox {truth}");
        }
        Assert.Empty(mismatches);
    }

    public async ValueTask DisposeAsync()
    {
        await Sandbox.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TestDatabase.Drop(Directory);
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
