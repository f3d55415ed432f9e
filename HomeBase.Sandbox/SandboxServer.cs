using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using HomeBase.Sandbox.Arm;
using HomeBase.Sandbox.Certificates;
using HomeBase.Sandbox.Consent;
using HomeBase.Sandbox.Control;
using HomeBase.Sandbox.Defender;
using HomeBase.Sandbox.Graph;
using HomeBase.Sandbox.Http;
using HomeBase.Sandbox.Scenarios;
using HomeBase.Sandbox.Tenants;
using HomeBase.Sandbox.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HomeBase.Sandbox;

/// <summary>
/// The Azure sandbox: a loopback HTTPS server standing in for the Entra token endpoint, Microsoft Graph
/// (<c>/graph/v1.0</c>), the Defender for Endpoint API (<c>/mde/api</c>) and ARM (<c>/arm</c>), for the
/// tenants of a scenario file. Start it with <see cref="StartAsync"/>; dispose to stop.
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private WebApplication? app;

    private SandboxServer(string baseUrl, X509Certificate2 certificate, string certificatePath, SandboxDirectory directory)
    {
        BaseUrl = baseUrl;
        Certificate = certificate;
        CertificatePath = certificatePath;
        Directory = directory;
    }

    /// <summary>Where the sandbox listens, e.g. <c>https://localhost:5443</c>.</summary>
    public string BaseUrl { get; private set; }

    /// <summary>The TLS certificate clients pin.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The certificate as a PEM file, for <c>curl --cacert</c> and <c>CaCertificatePath</c>.</summary>
    public string CertificatePath { get; }

    public SandboxDirectory Directory { get; }

    public static async Task<SandboxServer> StartAsync(SandboxOptions options, TimeProvider time, Action<ILoggingBuilder>? logging = null,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(options.DataDirectory)) throw new ArgumentException("Sandbox:DataDirectory must be set.", nameof(options));
        var certificate = SandboxCertificate.LoadOrCreate(options.DataDirectory, time);
        // Port 0: the OS picks a free port when Kestrel binds, so no other process can take it in between.
        var port = options.Port;
        var baseUrl = $"https://localhost:{port}";
        var resources = new SandboxResources(baseUrl);
        var directory = new SandboxDirectory(Scenario.Load(options.ScenarioPath), resources, time.GetUtcNow(), options.Seed, options.SignIns);
        var server = new SandboxServer(baseUrl, certificate, Path.Combine(options.DataDirectory, SandboxCertificate.PemFileName), directory);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (logging is not null) logging(builder.Logging);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            if (options.Port == 0) kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate));
            else kestrel.ListenLocalhost(port, listen => listen.UseHttps(certificate));
        });
        var services = builder.Services;
        services.AddSingleton(time);
        services.AddSingleton(resources);
        services.AddSingleton(directory);
        services.AddSingleton(server);
        services.AddSingleton<JwtIssuer>();
        services.AddSingleton<PageTokens>();
        services.AddSingleton<Throttling>();
        services.AddSingleton<RequestLog>();
        services.AddSingleton<Faults>();
        services.AddSingleton<GraphLists>();
        services.AddSingleton<SignIn.SignInCodes>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);

        var web = builder.Build();
        if (!options.Throttling)
        {
            var throttling = web.Services.GetRequiredService<Throttling>();
            foreach (var (family, limit) in throttling.Limits.ToList()) throttling.Set(family, limit with { Limit = int.MaxValue / 2 });
        }
        web.UseMiddleware<ResourceGate>();
        // Routing after the gate: it serves Defender's regional hosts by rewriting their paths onto the one API.
        web.UseRouting();
        web.MapTokenEndpoint();
        web.MapAdminConsent();
        SignIn.SignInEndpoints.MapSignIn(web);
        web.MapGraphDirectory();
        web.MapGraphRoleManagement();
        web.MapGraphAuthenticationMethods();
        web.MapGraphReports();
        web.MapGraphSecurity();
        web.MapDefender();
        web.MapArm();
        web.MapControl();
        web.MapGet("/", () => Microsoft.AspNetCore.Http.Results.Json(new
        {
            service = "HomeBase Azure sandbox",
            token_endpoint = $"{server.BaseUrl}/{{tenant}}/oauth2/v2.0/token",
            graph = $"{server.BaseUrl}/graph/v1.0",
            defender = $"{server.BaseUrl}/mde",
            resource_manager = $"{server.BaseUrl}/arm",
            control = $"{server.BaseUrl}/_sandbox/tenants",
        }));
        await web.StartAsync(cancellationToken);
        if (options.Port == 0)
        {
            var bound = new Uri(web.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
                .Features.GetRequiredFeature<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>().Addresses.First());
            server.BaseUrl = $"https://127.0.0.1:{bound.Port}";
            resources.Configure(server.BaseUrl);
        }
        server.app = web;
        return server;
    }

    /// <summary>The sandbox's services, for tests that switch faults or limits without HTTP.</summary>
    public IServiceProvider Services => app?.Services ?? throw new InvalidOperationException("The sandbox is not running.");

    public async ValueTask DisposeAsync()
    {
        // The host may stop and dispose at once: only the first caller shuts the server down.
        if (Interlocked.Exchange(ref app, null) is not { } web) return;
        await web.StopAsync();
        await web.DisposeAsync();
    }

}
