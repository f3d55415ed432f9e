using HomeBase.Core.Dashboards;
using Microsoft.Extensions.Options;

namespace HomeBase.Web.Dashboards;

/// <summary>How often an open dashboard checks whether a sync brought new data.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboards";

    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(10);
}

/// <summary>Starts the refresh loop of one open dashboard.</summary>
public sealed class LiveRefreshFactory(DataVersions versions, IOptions<DashboardOptions> options, TimeProvider time, ILogger<LiveRefresh> logger)
{
    public LiveRefresh Start(Func<IReadOnlyList<string>> integrationIds, Func<Task> reload) =>
        new(versions, options.Value.RefreshInterval, time, integrationIds, reload, logger);
}

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
