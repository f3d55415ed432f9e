using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Platform.Hosting;

/// <summary>
/// <typeparamref name="T"/>, a background service, run only on instances with the <c>worker</c> role
/// (<see cref="InstanceOptions"/>). Generic so that each is its own hosted service: the host keeps one registration
/// per implementation type.
/// </summary>
internal sealed class WorkerOnlyService<T>(T inner, IOptions<InstanceOptions> instance) : IHostedService
    where T : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => instance.Value.IsWorker ? inner.StartAsync(cancellationToken) : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => instance.Value.IsWorker ? inner.StopAsync(cancellationToken) : Task.CompletedTask;
}
