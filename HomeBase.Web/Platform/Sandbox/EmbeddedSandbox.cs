using HomeBase.Core.Clouds;
using HomeBase.Core.Persistence;
using HomeBase.Sandbox;
using HomeBase.Sandbox.Certificates;
using Microsoft.Extensions.Options;

namespace HomeBase.Web.Platform.Sandbox;

/// <summary>
/// Runs the Azure sandbox inside the web app (the embedded default) and adds the <c>sandbox</c> cloud to the
/// catalog, trusting the sandbox's certificate by pinning it. On unless <c>Sandbox:Enabled</c> is false;
/// off by default in Production.
/// </summary>
public static class EmbeddedSandbox
{
    public static WebApplicationBuilder AddEmbeddedSandbox(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SandboxOffer>();
        var settings = Settings(builder.Configuration, builder.Environment);
        if (settings is null) return builder;

        // The certificate must exist before the cloud catalog checks its CaCertificatePath.
        SandboxCertificate.LoadOrCreate(settings.DataDirectory, TimeProvider.System);

        var cloud = CloudPresets.ForSandbox(settings.BaseUrl, settings.CertificatePath);
        builder.Configuration.AddInMemoryCollection(cloud.ToConfiguration(CloudPresets.Sandbox));
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<EmbeddedSandboxService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<EmbeddedSandboxService>());
        return builder;
    }

    /// <summary>Where the embedded sandbox runs, or null when it is off.</summary>
    public static EmbeddedSandboxSettings? Settings(IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(SandboxOptions.SectionName).Get<SandboxOptions>() ?? new SandboxOptions();
        if (!(options.Enabled ?? !environment.IsProduction())) return null;

        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var dataDirectory = Path.Combine(
            Path.GetFullPath(Path.IsPathRooted(storage.DataDirectory) ? storage.DataDirectory : Path.Combine(environment.ContentRootPath, storage.DataDirectory)),
            "sandbox");
        options.DataDirectory = dataDirectory;
        if (options.Port == 0) options.Port = LoopbackPorts.Reserve();
        return new EmbeddedSandboxSettings(options, $"https://localhost:{options.Port}", Path.Combine(dataDirectory, SandboxCertificate.PemFileName));
    }
}

public sealed record EmbeddedSandboxSettings(SandboxOptions Options, string BaseUrl, string CertificatePath)
{
    public string DataDirectory => Options.DataDirectory;
}

/// <summary>Starts and stops the sandbox with the app.</summary>
public sealed partial class EmbeddedSandboxService(EmbeddedSandboxSettings settings, TimeProvider time, ILogger<EmbeddedSandboxService> logger)
    : IHostedService, IAsyncDisposable
{
    private SandboxServer? server;

    public SandboxServer? Server => server;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        server = await SandboxServer.StartAsync(settings.Options, time, cancellationToken: cancellationToken);
        LogStarted(logger, server.BaseUrl, server.Directory.Tenants.Count);
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref server, null) is { } running) await running.DisposeAsync();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Azure sandbox listening on {BaseUrl} with {TenantCount} tenants (dotnet run --project HomeBase.Web -- sandbox info)")]
    private static partial void LogStarted(ILogger logger, string baseUrl, int tenantCount);
}

/// <summary>
/// Picks a free loopback port for <c>Sandbox:Port = 0</c>. The URL must be known before the sandbox binds
/// (the cloud catalog is built first), so ports come from below the OS's ephemeral range, where nothing
/// else is handed out automatically, one after another within the process so two apps never pick the same.
/// </summary>
internal static class LoopbackPorts
{
    private const int First = 20000;
    private const int Count = 10000;
    private static int next = Random.Shared.Next(Count);

    public static int Reserve()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = First + (Interlocked.Increment(ref next) % Count);
            if (IsFree(port)) return port;
        }
        throw new InvalidOperationException("No free loopback port was found for the sandbox; set Sandbox:Port.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var v4 = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, port);
            v4.Start();
            if (!System.Net.Sockets.Socket.OSSupportsIPv6) return true;
            using var v6 = new System.Net.Sockets.TcpListener(System.Net.IPAddress.IPv6Loopback, port);
            v6.Start();
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }
}
