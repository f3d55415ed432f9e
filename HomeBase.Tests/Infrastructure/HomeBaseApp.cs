using System.Globalization;
using System.Text.Json.Nodes;
using HomeBase.Core.ApiKeys;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Core.Tenants;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HomeBase.Tests.Infrastructure;

/// <summary>
/// The real web app on a real loopback port, with its own database (a SQLite file in a fresh data directory, or a
/// PostgreSQL database: <see cref="TestDatabase"/>), and every log line captured. One per test class; dispose removes the directory.
/// </summary>
public class HomeBaseApp : WebApplicationFactory<Program>
{
    private readonly bool ownsDirectory;
    private readonly Action<IWebHostBuilder, HomeBaseApp>? configure;

    public HomeBaseApp()
        : this(Directory.CreateTempSubdirectory("homebase-test-").FullName, ownsDirectory: true)
    {
    }

    /// <summary>An app in the given host environment. It is a constructor argument because the server starts in the constructor.</summary>
    public HomeBaseApp(string environmentName)
        : this(Directory.CreateTempSubdirectory("homebase-test-").FullName, ownsDirectory: true, environmentName: environmentName)
    {
    }

    /// <summary>An app with extra settings, such as configured clouds.</summary>
    protected HomeBaseApp(Action<IWebHostBuilder, HomeBaseApp> configure)
        : this(Directory.CreateTempSubdirectory("homebase-test-").FullName, ownsDirectory: true, configure)
    {
    }

    protected HomeBaseApp(string dataDirectory, bool ownsDirectory, Action<IWebHostBuilder, HomeBaseApp>? configure = null, string environmentName = "Testing")
    {
        EnvironmentName = environmentName;
        this.ownsDirectory = ownsDirectory;
        this.configure = configure;
        DataDirectory = dataDirectory;
        UseKestrel(0);
        StartServer();
        BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
    }

    public string DataDirectory { get; }

    /// <summary>Whether the embedded sandbox runs; set by subclasses before the server starts; null leaves it to the environment's default.</summary>
    protected virtual bool? WithSandbox => true;

    /// <summary>Whether the sandbox applies Microsoft's limits and verification paces itself to them.</summary>
    protected virtual bool RealisticThrottling => false;

    /// <summary>The host environment: Testing behaves as Production does; Development turns on what developers get.</summary>
    public string EnvironmentName { get; }

    /// <summary>The embedded sandbox, for control calls and ground truth.</summary>
    public HomeBase.Sandbox.SandboxServer Sandbox =>
        Services.GetRequiredService<HomeBase.Web.Platform.Sandbox.EmbeddedSandboxService>().Server ?? throw new InvalidOperationException("The sandbox is off.");

    /// <summary>A call to the sandbox's control API over its pinned certificate.</summary>
    public Task<HttpResponseMessage> SandboxControlAsync(HttpMethod method, string path, object? body = null) =>
        SandboxControl.SendAsync(Sandbox, method, path, body);

    /// <summary>The sandbox's counts per stream of docs/specification.md §3, for events from <paramref name="from"/> up to <paramref name="to"/> (the clock's now).</summary>
    public async Task<Dictionary<string, long>> GroundTruthAsync(string sandboxTenant, DateTime from, DateTime? to = null) =>
        Truth.Of(await GroundTruthDocumentAsync(sandboxTenant, from, to));

    /// <summary>The sandbox's ground-truth document itself, for the values that are not counts (a score with decimals).</summary>
    public async Task<JsonNode> GroundTruthDocumentAsync(string sandboxTenant, DateTime from, DateTime? to = null)
    {
        static string Iso(DateTime time) => Uri.EscapeDataString(time.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
        var query = $"from={Iso(from)}" + (to is { } end ? $"&to={Iso(end)}" : "");
        var response = await SandboxControlAsync(HttpMethod.Get, $"/tenants/{sandboxTenant}/ground-truth?{query}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    public CapturedLogs Logs { get; } = new();

    /// <summary>Requests the app answered with 500; disposing the app fails the test if there is any.</summary>
    public ServerErrorRecorder ServerErrors { get; } = new();

    /// <summary>The set-up token this app printed in its log at start, as an admin would copy it from there.</summary>
    public string SetupToken =>
        System.Text.RegularExpressions.Regex.Matches(Logs.AllText, "enter the set-up token ([0-9a-f]{32})") is { Count: > 0 } found
            ? found[^1].Groups[1].Value
            : throw new InvalidOperationException("The app printed no set-up token.");

    public Uri BaseAddress { get; }

    public string DatabaseFile => Path.Combine(DataDirectory, "homebase.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        // Outside Development the build's static assets (MudBlazor, blazor.web.js, wwwroot-assets) are served
        // only from the manifest, as `dotnet run` does; browser tests need them.
        builder.UseStaticWebAssets();
        builder.UseSetting("HomeBase:DataDirectory", DataDirectory);
        foreach (var (key, value) in TestDatabase.SettingsFor(DataDirectory)) builder.UseSetting(key, value);
        // Integrations are verified against the embedded sandbox on a free port. Unless a test is about
        // Microsoft's limits, they are lifted so that the suite does not wait on them.
        if (WithSandbox is { } withSandbox) builder.UseSetting("Sandbox:Enabled", withSandbox ? "true" : "false");
        builder.UseSetting("Sandbox:Port", "0");
        // Ingestion runs only when a test asks for it: scheduled runs would race the tests' own.
        builder.UseSetting("Ingestion:Scheduler:Enabled", "false");
        if (!RealisticThrottling)
        {
            builder.UseSetting("Sandbox:Throttling", "false");
            builder.UseSetting("Verification:IdentityProtectionSpacingMs", "0");
            builder.UseSetting("Ingestion:RequestBudgets", "false");
        }
        // Tests deliver webhooks by calling the dispatcher, so a background poll never races them.
        builder.UseSetting("Webhooks:PollInterval", "01:00:00");
        builder.UseSetting("Webhooks:AllowLoopback", "true");
        configure?.Invoke(builder, this);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(ServerErrors));
        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddProvider(Logs);
        });
    }

    /// <summary>An HTTP client over the loopback port, sending the given API key.</summary>
    public HttpClient CreateApiClient(string? apiKey = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (apiKey is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", apiKey);
        return client;
    }

    /// <summary>A new tenant with one API key, made through the same services as the CLI.</summary>
    public async Task<TestTenant> CreateTenantAsync(string name = "Acme")
    {
        var tenant = (await Services.GetRequiredService<TenantService>().CreateAsync(name, Actor.CommandLine)).Value!;
        var key = (await Services.GetRequiredService<ApiKeyService>().CreateAsync(tenant.Id, "test", Actor.CommandLine)).Value!;
        return new TestTenant(tenant.Id, key.Key.Id, key.Secret);
    }

    public async Task<T> QueryAsync<T>(Func<HomeBaseDbContext, Task<T>> query)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<HomeBaseDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Assert.True(ServerErrors.Errors.IsEmpty, "The app answered 500:\n" + string.Join("\n", ServerErrors.Errors));
        }
        finally
        {
            CleanUp();
        }
    }

    private void CleanUp()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!ownsDirectory) return;
        TestDatabase.Drop(DataDirectory);
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS to clean from /tmp.
        }
    }
}
