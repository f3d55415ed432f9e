namespace HomeBase.Core.Platform.Common;

/// <summary>The loop of a background service: do the work, wait the interval, again until shutdown; a failed round is reported and retried.</summary>
public static class PeriodicWork
{
    public static async Task RunAsync(Func<CancellationToken, Task> work, Func<TimeSpan> interval, TimeProvider time, Action<Exception> failed,
        CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await work(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed(e);
            }
            try
            {
                await Task.Delay(interval(), time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
