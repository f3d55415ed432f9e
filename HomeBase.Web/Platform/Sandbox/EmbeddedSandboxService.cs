using HomeBase.Sandbox;

namespace HomeBase.Web.Platform.Sandbox;

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
