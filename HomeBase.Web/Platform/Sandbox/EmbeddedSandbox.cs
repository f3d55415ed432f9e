using HomeBase.Core.Platform.Clouds;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Sandbox;
using HomeBase.Sandbox.Certificates;

namespace HomeBase.Web.Platform.Sandbox;

/// <summary>
/// Runs the Azure sandbox inside the web app (the embedded default) and adds the <c>sandbox</c> cloud to the
/// catalog, trusting the sandbox's certificate by pinning it. On in Development, or wherever <c>Sandbox:Enabled</c>
/// is true: its control API hands out tenants' secrets and its sign-in takes no password, so a Staging or
/// Production host never runs it unless someone asked for it by name.
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
        if (!(options.Enabled ?? environment.IsDevelopment())) return null;

        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var dataDirectory = Path.Combine(
            Path.GetFullPath(Path.IsPathRooted(storage.DataDirectory) ? storage.DataDirectory : Path.Combine(environment.ContentRootPath, storage.DataDirectory)),
            "sandbox");
        options.DataDirectory = dataDirectory;
        if (options.Port == 0) options.Port = LoopbackPorts.Reserve();
        return new EmbeddedSandboxSettings(options, $"https://localhost:{options.Port}", Path.Combine(dataDirectory, SandboxCertificate.PemFileName));
    }
}
