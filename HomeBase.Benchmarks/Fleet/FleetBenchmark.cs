using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HomeBase.Core;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Integrations;
using HomeBase.Core.Platform.Clouds;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Core.Platform.Security;
using HomeBase.Core.Tenants;
using HomeBase.Sandbox.Scenarios;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HomeBase.Benchmarks.Fleet;

/// <summary>
/// One HomeBase instance (web and worker roles, the scheduler's defaults) with N small sandbox tenants connected,
/// every stream on. It prints: the single-tenant figure (every stream of one large tenant, run one after another
/// through the same runner, in the same run); the time for all first syncs and their aggregate records/s against
/// that figure; the process's CPU and memory while the synced fleet is only polled at each stream's interval; and
/// the freshness of alerts the sandbox creates meanwhile (from an alert's <c>createdDateTime</c> to its row being
/// stored), checked against the sandbox's own count so that an alert never stored cannot hide.
/// </summary>
internal static class FleetBenchmark
{
    /// <summary>How long to wait for first syncs to make progress before giving up with what is stuck.</summary>
    private static readonly TimeSpan StallLimit = TimeSpan.FromMinutes(5);

    public static async Task<int> RunAsync(int tenants, TextWriter output, DatabaseProvider provider = DatabaseProvider.Sqlite, FleetSettings? settings = null)
    {
        settings ??= FleetSettings.For(tenants);
        var directory = ScratchDirectory.Create("homebase-fleet-bench-");
        var database = BenchmarkDatabase.Create(provider);
        try
        {
            var scenario = FleetScenario.Tenants(tenants, settings.LargeTenantSignIns, settings.AlertsPerDay);
            await using var sandbox = await FleetSandboxProcess.StartAsync(directory, FleetScenario.Write(directory, scenario));
            using var host = await BuildHomeBaseAsync(directory, sandbox, database, settings.AppSettings);
            var config = new IntegrationConfig { IngestEntraId = true, IngestDefender = true, IngestActivityLogs = true, IngestDefenderForCloud = true };
            var streams = StreamCatalog.All.Where(s => s.IsEnabledBy(config)).ToList();
            var ids = await ConnectAsync(host.Services, scenario, config);
            var scheduler = host.Services.GetRequiredService<IOptions<SchedulerOptions>>().Value;
            output.WriteLine($"Fleet of {tenants:N0} small sandbox tenants over HTTPS into {database.Name}, {streams.Count} streams each; " +
                $"scheduler: {scheduler.MaxConcurrency} runs at a time, a {scheduler.TickSeconds} s tick; Microsoft's limits off, as in the ingestion benchmark");

            var single = await MeasureSingleTenantAsync(host.Services, ids[0], streams);
            output.WriteLine($"single tenant   {single.Records,10:N0} records in {single.Elapsed.TotalSeconds,6:F1} s {single.Rate,8:N0} records/s " +
                $"(every stream of one large tenant, one after another)");

            var contexts = host.Services.GetRequiredService<IDbContextFactory<HomeBaseDbContext>>();
            var fleet = ids.Skip(1).ToList();
            using var sampler = new PeakMemorySampler(TimeSpan.FromSeconds(1));
            var started = DateTime.UtcNow;
            await host.StartAsync();
            var synced = await WaitForFirstSyncsAsync(contexts, fleet, streams.Count, output);
            var firstSyncs = synced - started;
            var records = await RecordsAsync(contexts, fleet, started, synced);
            var rate = records / firstSyncs.TotalSeconds;
            output.WriteLine($"first syncs     {fleet.Count * streams.Count,10:N0} streams of {fleet.Count:N0} integrations in {firstSyncs.TotalSeconds,6:F0} s: " +
                $"{records:N0} records, {rate:N0} records/s aggregate = {rate / single.Rate:P0} of single-tenant (target: at least 80%); " +
                $"peak working set {sampler.TakePeak() / 1_048_576:N0} MB");

            var idle = await MeasureIdleAsync(contexts, fleet, settings.IdleWindow, sampler);
            output.WriteLine($"idle scheduler  {idle.Window.TotalSeconds,6:F0} s with every stream synced, polled at its interval: {idle.CpuPercent:F1} % of one core, " +
                $"peak working set {idle.PeakBytes / 1_048_576:N0} MB, {idle.Runs:N0} runs ({idle.Runs / idle.Window.TotalSeconds:F1}/s) " +
                $"(target: under 5% of one core and under 500 MB)");

            var alertsInterval = scheduler.IntervalOf(StreamCatalog.Get(StreamCatalog.Alerts));
            var target = alertsInterval + TimeSpan.FromSeconds(30);
            var freshness = await MeasureFreshnessAsync(contexts, sandbox, scenario.Skip(1).ToList(), fleet, idle.From, idle.To - target);
            output.WriteLine(freshness is null
                ? $"alert freshness not measured: the window is shorter than the alerts interval + 30 s ({target.TotalSeconds:F0} s)"
                : $"alert freshness {freshness.Created,6:N0} alerts created while polling: p50 {freshness.P50.TotalSeconds:F0} s, p95 {freshness.P95.TotalSeconds:F0} s, " +
                  $"{freshness.NotStored} not stored (target: p95 within {target.TotalSeconds:F0} s, the {(alertsInterval.TotalMinutes >= 1 ? $"{alertsInterval.TotalMinutes:F0} min" : $"{alertsInterval.TotalSeconds:F0} s")} alerts interval + 30 s)");
            await host.StopAsync();
            return 0;
        }
        finally
        {
            await database.DisposeAsync();
            ScratchDirectory.Delete(directory);
        }
    }

    private static async Task<IHost> BuildHomeBaseAsync(string directory, FleetSandboxProcess sandbox, BenchmarkDatabase database, IReadOnlyDictionary<string, string?> appSettings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = directory, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(CloudPresets.ForSandbox(sandbox.BaseUrl, sandbox.CertificatePath).ToConfiguration(CloudPresets.Sandbox));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["HomeBase:DataDirectory"] = directory,
            ["Sandbox:Enabled"] = "false",
            // As in the ingestion benchmark: Microsoft's per-tenant limits would pace the single large tenant (Graph's
            // five report requests per ten seconds) and not the fleet, and measure Microsoft instead of the engine.
            ["Ingestion:RequestBudgets"] = "false",
        });
        builder.Configuration.AddInMemoryCollection(database.Settings);
        builder.Configuration.AddInMemoryCollection(appSettings);
        builder.Logging.ClearProviders();
        builder.Services.AddHomeBaseCore(builder.Configuration);
        var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return host;
    }

    /// <summary>Stores one connected integration per sandbox tenant, as a verified create would; returns their ids in the scenario's order.</summary>
    private static async Task<List<string>> ConnectAsync(IServiceProvider services, IReadOnlyList<ScenarioTenant> scenario, IntegrationConfig config)
    {
        var tenant = (await services.GetRequiredService<TenantService>().CreateAsync("Fleet benchmark", Actor.CommandLine)).Value!;
        var protector = services.GetRequiredService<SecretProtector>();
        var contexts = services.GetRequiredService<IDbContextFactory<HomeBaseDbContext>>();
        var ids = new List<string>();
        foreach (var batch in scenario.Chunk(200))
        {
            await using var db = await contexts.CreateDbContextAsync();
            foreach (var azure in batch)
            {
                var now = DateTime.UtcNow;
                var integration = new Integration
                {
                    Id = PrefixedId.New("int", TimeProvider.System),
                    TenantId = tenant.Id,
                    Type = IntegrationTypes.Azure,
                    Name = azure.Name,
                    Cloud = CloudPresets.Sandbox,
                    AzureTenantId = azure.AzureTenantId.ToString(),
                    ClientId = azure.ClientId.ToString(),
                    ProtectedClientSecret = protector.Protect(azure.Secrets[0].Value),
                    Config = new IntegrationConfig
                    {
                        IngestEntraId = config.IngestEntraId, IngestDefender = config.IngestDefender,
                        IngestActivityLogs = config.IngestActivityLogs, IngestDefenderForCloud = config.IngestDefenderForCloud,
                    },
                    Status = IntegrationStatuses.Connected,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                db.Integrations.Add(integration);
                ids.Add(integration.Id);
            }
            await db.SaveChangesAsync();
        }
        return ids;
    }

    private static async Task<(long Records, TimeSpan Elapsed, double Rate)> MeasureSingleTenantAsync(
        IServiceProvider services, string integrationId, IReadOnlyList<StreamDefinition> streams)
    {
        var runner = services.GetRequiredService<StreamSyncRunner>();
        long records = 0;
        var clock = Stopwatch.StartNew();
        foreach (var stream in streams)
        {
            var result = await runner.RunAsync(integrationId, stream.Name) ?? throw new InvalidOperationException("The large tenant's integration vanished.");
            if (result.State != StreamStates.Healthy) throw new InvalidOperationException($"The large tenant's {stream.Name} ended {result.State}: {result.Error}");
            records += result.RecordsAdded;
        }
        clock.Stop();
        return (records, clock.Elapsed, records / clock.Elapsed.TotalSeconds);
    }

    /// <summary>Waits until every stream of every fleet integration has succeeded once; returns when the last did.</summary>
    private static async Task<DateTime> WaitForFirstSyncsAsync(IDbContextFactory<HomeBaseDbContext> contexts, List<string> fleet, int streamsEach, TextWriter output)
    {
        var expected = fleet.Count * streamsEach;
        var progressAt = DateTime.UtcNow;
        var reportAt = DateTime.UtcNow.AddSeconds(30);
        var done = 0;
        while (true)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            await using var db = await contexts.CreateDbContextAsync();
            var succeeded = await db.StreamHealth.AsNoTracking().Where(h => fleet.Contains(h.IntegrationId) && h.LastSuccessAt != null)
                .Select(h => h.LastSuccessAt).ToListAsync();
            if (succeeded.Count == expected) return succeeded.Max()!.Value;
            var now = DateTime.UtcNow;
            if (succeeded.Count > done) (done, progressAt) = (succeeded.Count, now);
            if (now >= reportAt)
            {
                output.WriteLine($"  {succeeded.Count:N0} of {expected:N0} streams synced");
                reportAt = now.AddSeconds(30);
            }
            if (now - progressAt > StallLimit)
            {
                var stuck = await db.StreamHealth.AsNoTracking().Where(h => fleet.Contains(h.IntegrationId) && h.LastSuccessAt == null)
                    .GroupBy(h => new { h.Stream, h.State, h.LastErrorCode }).Select(g => $"{g.Key.Stream} {g.Key.State} {g.Key.LastErrorCode}: {g.Count()}").ToListAsync();
                throw new InvalidOperationException($"First syncs stopped at {succeeded.Count:N0} of {expected:N0} streams: {string.Join("; ", stuck)}");
            }
        }
    }

    private static async Task<long> RecordsAsync(IDbContextFactory<HomeBaseDbContext> contexts, List<string> fleet, DateTime from, DateTime to)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.StreamRuns.AsNoTracking()
            .Where(r => fleet.Contains(r.IntegrationId) && r.StartedAt >= from && r.FinishedAt <= to)
            .SumAsync(r => (long)r.RecordsAdded);
    }

    private static async Task<IdleMeasure> MeasureIdleAsync(IDbContextFactory<HomeBaseDbContext> contexts, List<string> fleet, TimeSpan window, PeakMemorySampler sampler)
    {
        using var process = Process.GetCurrentProcess();
        sampler.TakePeak();
        var from = DateTime.UtcNow;
        var cpuBefore = process.TotalProcessorTime;
        await Task.Delay(window);
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var to = DateTime.UtcNow;
        var peak = sampler.TakePeak();
        await using var db = await contexts.CreateDbContextAsync();
        var runs = await db.StreamRuns.AsNoTracking().CountAsync(r => fleet.Contains(r.IntegrationId) && r.StartedAt >= from && r.StartedAt <= to);
        return new IdleMeasure(from, to, cpu / (to - from) * 100, peak, runs);
    }

    /// <summary>
    /// Every alert the sandbox created between <paramref name="from"/> and <paramref name="createdBefore"/> (counted by
    /// its ground truth), against the rows stored for them; null when that span is empty.
    /// </summary>
    private static async Task<FreshnessMeasure?> MeasureFreshnessAsync(
        IDbContextFactory<HomeBaseDbContext> contexts, FleetSandboxProcess sandbox, List<ScenarioTenant> scenario, List<string> fleet, DateTime from, DateTime createdBefore)
    {
        if (createdBefore <= from) return null;
        using var control = sandbox.Control();
        long created = 0;
        foreach (var tenant in scenario)
        {
            var truth = await control.GetFromJsonAsync<JsonObject>(
                $"/_sandbox/tenants/{tenant.Name}/ground-truth?from={Uri.EscapeDataString(from.ToString("O"))}&to={Uri.EscapeDataString(createdBefore.ToString("O"))}");
            created += truth!["alerts"]!.GetValue<long>();
        }
        await using var db = await contexts.CreateDbContextAsync();
        var stored = await db.IngestedAlerts.AsNoTracking()
            .Where(a => fleet.Contains(a.IntegrationId) && a.CreatedAt >= from && a.CreatedAt <= createdBefore)
            .Select(a => new { a.CreatedAt, a.FirstSeenAt }).ToListAsync();
        var delays = stored.Select(a => a.FirstSeenAt - a.CreatedAt).Order().ToList();
        if (delays.Count == 0) return new FreshnessMeasure(created, TimeSpan.Zero, TimeSpan.Zero, created);
        return new FreshnessMeasure(created, Percentile(delays, 0.5), Percentile(delays, 0.95), Math.Max(0, created - delays.Count));
    }

    private static TimeSpan Percentile(List<TimeSpan> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(sorted.Count * p) - 1, 0, sorted.Count - 1)];
}
