using HomeBase.Core.Platform.Clouds;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Platform.Azure;

public static class AzureServiceCollectionExtensions
{
    /// <summary>
    /// One named HTTP client per cloud (<c>azure:&lt;cloud&gt;</c>) whose handler trusts that cloud's extra CA,
    /// and the factory of tenant clients over them.
    /// </summary>
    public static IServiceCollection AddAzureClients(this IServiceCollection services, IConfiguration configuration)
    {
        var catalog = new ConfiguredCloudCatalog(Options.Create(configuration.GetSection(AzureOptions.SectionName).Get<AzureOptions>() ?? new AzureOptions()));
        foreach (var name in catalog.Names)
        {
            var cloud = catalog.Find(name)!;
            services.AddHttpClient(AzureTenantClientFactory.ClientName(name), client => client.Timeout = TimeSpan.FromSeconds(30))
                .ConfigurePrimaryHttpMessageHandler(() => cloud.CaCertificatePath is { } ca
                    ? CustomCaTrust.Handler(CustomCaTrust.LoadPem(ca))
                    : new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        }
        services.AddSingleton<IAzureTenantClientFactory, AzureTenantClientFactory>();
        return services;
    }
}
