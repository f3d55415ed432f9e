using HomeBase.Core.Platform.Hosting;
using HomeBase.Core.Ingestion.Connectors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HomeBase.Core.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>The connectors of every stream, the runner that stores their pages, the scheduler, and the stream health queries.</summary>
    public static IServiceCollection AddIngestionServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IngestionOptions>().Bind(configuration.GetSection(IngestionOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddKeyedSingleton(PageFetcher.WaitClock, (sp, _) => sp.GetRequiredService<TimeProvider>());
        services.AddSingleton<RequestBudgets>();
        services.AddSingleton<PageFetcher>();
        services.AddSingleton<SubscriptionLister>();
        services.AddConnectors();
        services.AddSingleton<AzureTenantClientCache>();
        services.AddSingleton<StreamSyncRunner>();
        services.AddSingleton<SyncQueue>();
        services.AddSingleton<StreamHealthService>();
        services.AddSingleton<RetentionService>();
        services.AddSingleton<StreamHealthSweeper>();
        services.AddOptions<SchedulerOptions>().Bind(configuration.GetSection(SchedulerOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IngestionScheduler>();
        services.AddWorkerService<IngestionScheduler>();
        return services;
    }
}
