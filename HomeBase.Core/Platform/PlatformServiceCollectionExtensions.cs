using System.Security.Cryptography.X509Certificates;
using HomeBase.Core.Platform.Azure;
using HomeBase.Core.Platform.Clouds;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Core.Platform.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HomeBase.Core.Platform;

public static class PlatformServiceCollectionExtensions
{
    /// <summary>What every feature stands on: the clock, the database, secret protection, the cloud catalog and the Azure clients.</summary>
    public static IServiceCollection AddPlatformServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<Hosting.InstanceOptions>().Bind(configuration.GetSection(Hosting.InstanceOptions.SectionName))
            .Validate(o => o.IsValid, "HomeBase:Roles is web, worker, or both (web,worker).").ValidateOnStart();
        services.AddHomeBasePersistence(configuration);
        var dataProtection = services.AddDataProtection()
            .SetApplicationName("HomeBase")
            .PersistKeysToDbContext<HomeBaseDbContext>();
        // The key ring lives in the database beside the secrets it protects; a certificate kept elsewhere
        // (a mounted secret, a key vault export) makes a copy of the database alone useless.
        if (configuration["HomeBase:KeyProtectionCertificatePath"] is { Length: > 0 } certificatePath)
        {
            dataProtection.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(
                certificatePath, configuration["HomeBase:KeyProtectionCertificatePassword"], X509KeyStorageFlags.EphemeralKeySet));
        }
        services.AddSingleton<SecretProtector>();
        // Metrics are made always (a counter nobody listens to costs next to nothing) and exported only when
        // configured (HomeBase.Web's TelemetryHosting).
        services.AddMetrics();
        services.AddSingleton<Telemetry.HomeBaseMetrics>();
        services.AddSingleton<Telemetry.DatabaseGauges>();

        services.AddOptions<AzureOptions>().Bind(configuration.GetSection(AzureOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ICloudCatalog, ConfiguredCloudCatalog>();
        services.AddAzureClients(configuration);
        return services;
    }
}
