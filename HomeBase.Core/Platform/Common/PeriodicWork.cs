namespace HomeBase.Core.Platform.Common;

/// <summary>
/// The loop of every background service: do the work, wait the interval, again until shutdown. A failed round
/// (the database away for a moment, a key that no longer decrypts) is reported and retried with back-off: soon
/// after a first failure, then less and less often, never later than the interval; it never stops the service.
/// </summary>
public static class PeriodicWork
{
    /// <summary>The wait after a first failed round; it doubles with each failure after it, up to the interval.</summary>
    public static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Runs <paramref name="work"/>, then waits <paramref name="interval"/> (read each round, so options can change) or until
    /// <paramref name="wake"/>, when given, completes because there is work sooner (a queued request); stops at shutdown.
    /// </summary>
    public static async Task RunAsync(Func<CancellationToken, Task> work, Func<TimeSpan> interval, TimeProvider time, Action<Exception> failed,
        CancellationToken stoppingToken, Func<CancellationToken, Task>? wake = null)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await work(stoppingToken);
                failures = 0;
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                failed(e);
                failures++;
            }
            try
            {
                await WaitAsync(WaitAfter(failures, interval()), time, wake, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>The interval after a good round; after <paramref name="failures"/> failed ones in a row, 5 s, 10 s, 20 s… up to it.</summary>
    public static TimeSpan WaitAfter(int failures, TimeSpan interval)
    {
        if (failures == 0) return interval;
        var backoff = FirstRetry * Math.Pow(2, Math.Min(failures - 1, 20));
        return backoff < interval ? backoff : interval;
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
