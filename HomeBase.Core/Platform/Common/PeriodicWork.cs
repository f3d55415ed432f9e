namespace HomeBase.Core.Platform.Common;

/// <summary>
/// The loop of every background service: do the work, wait the interval, again until shutdown. A failed round is
/// reported and retried after the interval, so one fault (the database away for a moment) never stops the service.
/// </summary>
public static class PeriodicWork
{
    /// <summary>
    /// Runs <paramref name="work"/>, then waits <paramref name="interval"/> (read each round, so options can change) or until
    /// <paramref name="wake"/>, when given, completes because there is work sooner (a queued request); stops at shutdown.
    /// </summary>
    public static async Task RunAsync(Func<CancellationToken, Task> work, Func<TimeSpan> interval, TimeProvider time, Action<Exception> failed,
        CancellationToken stoppingToken, Func<CancellationToken, Task>? wake = null)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await work(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                failed(e);
            }
            try
            {
                await WaitAsync(interval(), time, wake, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static async Task WaitAsync(TimeSpan interval, TimeProvider time, Func<CancellationToken, Task>? wake, CancellationToken stoppingToken)
    {
        if (wake is null)
        {
            await Task.Delay(interval, time, stoppingToken);
            return;
        }
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var sleep = Task.Delay(interval, time, waiting.Token);
        var woken = wake(waiting.Token);
        await Task.WhenAny(sleep, woken);
        await waiting.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
    }
}
