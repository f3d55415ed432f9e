using HomeBase.Core.Dashboards;

namespace HomeBase.Web.Dashboards;

/// <summary>
/// Checks the streams' fingerprint at an interval while a dashboard is open and reloads it when a sync has
/// finished, without a page reload. Stops when the page goes away.
/// </summary>
public sealed class LiveRefresh : IDisposable
{
    private readonly CancellationTokenSource stop = new();

    internal LiveRefresh(DataVersions versions, TimeSpan interval, TimeProvider time, Func<IReadOnlyList<string>> integrationIds, Func<Task> reload, ILogger logger)
    {
        _ = RunAsync(versions, interval, time, integrationIds, reload, logger);
    }

    private async Task RunAsync(DataVersions versions, TimeSpan interval, TimeProvider time, Func<IReadOnlyList<string>> integrationIds, Func<Task> reload, ILogger logger)
    {
        try
        {
            var seen = await versions.GetAsync(integrationIds(), stop.Token);
            using var timer = new PeriodicTimer(interval, time);
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                var now = await versions.GetAsync(integrationIds(), stop.Token);
                if (now == seen) continue;
                seen = now;
                await reload();
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception error)
        {
            // A failed refresh leaves the page as it was; the admin can still reload it.
            logger.LogWarning(error, "A dashboard stopped refreshing itself.");
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        stop.Dispose();
    }
}
