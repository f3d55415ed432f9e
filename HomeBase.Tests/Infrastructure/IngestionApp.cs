using System.Net;
using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Connectors;
using HomeBase.Core.Ingestion.Streams;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HomeBase.Tests.Infrastructure;

/// <summary>
/// The app and its embedded sandbox on one fake clock, so the sandbox's events and ingestion's windows
/// move only when a test moves them. Retry waits stay on the real clock (a Retry-After is sat out for real,
/// briefly); the sandbox has 20,000 sign-ins a month so every stream pages and alerts arrive hourly.
/// </summary>
public sealed class IngestionApp : HomeBaseApp
{
    public IngestionApp()
        : this(new Dictionary<string, string>())
    {
    }

    /// <summary>A fresh app in its own temporary directory, with extra settings.</summary>
    public IngestionApp(IReadOnlyDictionary<string, string> settings)
        : this(Directory.CreateTempSubdirectory("homebase-test-").FullName, ownsDirectory: true, WholeSecondNow(), settings)
    {
    }

    /// <summary>
    /// An app on an existing data directory with its clock starting at <paramref name="start"/>: with the same
    /// start (and sandbox port), a restarted app's sandbox serves the same data.
    /// </summary>
    public IngestionApp(string dataDirectory, DateTimeOffset start, IReadOnlyDictionary<string, string> settings)
        : this(dataDirectory, ownsDirectory: false, start, settings)
    {
    }

    private IngestionApp(string dataDirectory, bool ownsDirectory, DateTimeOffset start, IReadOnlyDictionary<string, string> settings)
        : this(dataDirectory, ownsDirectory, new FakeTimeProvider(start), settings)
    {
    }

    private IngestionApp(string dataDirectory, bool ownsDirectory, FakeTimeProvider clock, IReadOnlyDictionary<string, string> settings)
        : base(dataDirectory, ownsDirectory, (builder, _) =>
        {
            builder.UseSetting("Sandbox:SignIns", "20000");
            builder.UseSetting("Ingestion:RetryBaseDelayMs", "50");
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(clock);
                services.AddKeyedSingleton(PageFetcher.WaitClock, TimeProvider.System);
            });
        })
    {
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }

    public static DateTimeOffset WholeSecondNow() => DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());

    public StreamSyncRunner Runner => Services.GetRequiredService<StreamSyncRunner>();

    /// <summary>Connects a sandbox tenant through the API with every stream switched on; returns the integration id.</summary>
    public async Task<string> ConnectAsync(TestTenant tenant, SandboxApp app)
    {
        using var client = CreateApiClient(tenant.ApiKey);
        var body = RequestBodies.Seed(tenant.Id, app: app).With(b => b["config"]!["ingest_defender_for_cloud"] = true);
        var response = await client.PostAsync("/v1/integrations", body.Json());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
    }

    /// <summary>Runs every stream once, in catalog order.</summary>
    public async Task<Dictionary<string, StreamRunResult>> SyncAllAsync(string integrationId)
    {
        var results = new Dictionary<string, StreamRunResult>();
        foreach (var stream in StreamCatalog.All) results[stream.Name] = (await Runner.RunAsync(integrationId, stream.Name))!;
        return results;
    }

    public Task<long> StoredAsync(string integrationId, string stream) =>
        QueryAsync(db => StreamRecordCounts.CountAsync(db, integrationId, stream));

    /// <summary>Where a first run's backfill window starts: the default seven days before now.</summary>
    public DateTime BackfillStart => Clock.GetUtcNow().UtcDateTime.AddDays(-7);
}
