namespace HomeBase.Web.Platform.Hosting;

/// <summary>
/// Says once at start, in words an operator can act on, what Data Protection's own warning ("No XML encryptor
/// configured", hidden by the default log levels) means here: without a key-protection certificate, a copy of the
/// database alone is enough to decrypt the client secrets in it. A warning outside Development, a note inside it.
/// </summary>
public sealed partial class KeyProtectionNotice(IConfiguration configuration, IHostEnvironment environment, ILogger<KeyProtectionNotice> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (configuration["HomeBase:KeyProtectionCertificatePath"] is { Length: > 0 }) return Task.CompletedTask;
        if (environment.IsDevelopment()) LogUnprotectedInDevelopment(logger);
        else LogUnprotected(logger);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Client secrets are encrypted with keys stored unencrypted in the database: set HomeBase:KeyProtectionCertificatePath in production")]
    private static partial void LogUnprotected(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Client secrets are encrypted with keys stored unencrypted in the database (fine for development; set HomeBase:KeyProtectionCertificatePath in production)")]
    private static partial void LogUnprotectedInDevelopment(ILogger logger);
}
