using HomeBase.Core.Access;
using HomeBase.Core.ApiKeys;
using HomeBase.Core.Auditing;
using HomeBase.Core.Dashboards;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Integrations;
using HomeBase.Core.Platform;
using HomeBase.Core.Search;
using HomeBase.Core.Tenants;
using HomeBase.Core.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Every feature of HomeBase.Core, each registered by its own <c>Add…Services</c> beside its code.</summary>
    public static IServiceCollection AddHomeBaseCore(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddPlatformServices(configuration)
            .AddTenantsServices()
            .AddAccessServices(configuration)
            .AddApiKeysServices(configuration)
            .AddAuditingServices()
            .AddIntegrationsServices(configuration)
            .AddWebhooksServices(configuration)
            .AddDashboardsServices()
            .AddSearchServices()
            .AddIngestionServices(configuration);
}
