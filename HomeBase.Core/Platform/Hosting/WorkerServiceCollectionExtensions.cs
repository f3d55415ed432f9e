using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Platform.Hosting;

public static class WorkerServiceCollectionExtensions
{
    /// <summary>Registers <typeparamref name="T"/> (already a singleton) as background work of the worker role only.</summary>
    public static IServiceCollection AddWorkerService<T>(this IServiceCollection services) where T : class, IHostedService =>
        services.AddHostedService(sp => new WorkerOnlyService<T>(sp.GetRequiredService<T>(), sp.GetRequiredService<IOptions<InstanceOptions>>()));
}
