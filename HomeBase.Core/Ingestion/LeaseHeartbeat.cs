using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HomeBase.Core.Ingestion;

/// <summary>
/// Renews a run's lease every third of its duration, whatever the run is doing (a long page, a throttling wait),
/// so a short lease stays held by a live run and expires soon after a dead one. When the renewal finds another
/// owner, <see cref="Token"/> is cancelled: the run stops rather than write into a stream it no longer holds.
/// </summary>
internal sealed partial class LeaseHeartbeat : IAsyncDisposable
{
    private readonly CancellationTokenSource lost = new();
    private readonly CancellationTokenSource stop = new();
    private readonly CancellationTokenSource linked;
    private readonly Task beating;

    public LeaseHeartbeat(IDbContextFactory<HomeBaseDbContext> contexts, StreamRunContext run, TimeSpan duration, TimeProvider time, ILogger logger,
        CancellationToken runToken)
    {
        linked = CancellationTokenSource.CreateLinkedTokenSource(runToken, lost.Token);
        beating = BeatAsync(contexts, run, duration, time, logger);
    }

    /// <summary>The run's token, also cancelled when the lease is lost.</summary>
    public CancellationToken Token => linked.Token;

    public bool IsLost => lost.IsCancellationRequested;

    private async Task BeatAsync(IDbContextFactory<HomeBaseDbContext> contexts, StreamRunContext run, TimeSpan duration, TimeProvider time, ILogger logger)
    {
        using var timer = new PeriodicTimer(duration / 3, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                try
                {
                    await using var db = await contexts.CreateDbContextAsync(stop.Token);
                    var until = time.GetUtcNow().UtcDateTime + duration;
                    if (await StreamLease.RenewAsync(db, run.IntegrationId, run.StreamName, run.LeaseOwner, until, stop.Token)) continue;
                    LogLost(logger, run.StreamName, run.IntegrationId);
                    await lost.CancelAsync();
                    return;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The database away for a moment: the next beat tries again, and a page is only stored while its
                    // own renewal succeeds, so a lease that expired meanwhile cannot be written through.
                    LogRenewFailed(logger, e, run.StreamName, run.IntegrationId);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run is over.
        }
    }

    /// <summary>
    /// Stops renewing: the run is over and about to give the lease back with its outcome, and a beat after that
    /// would find the lease gone and call it lost.
    /// </summary>
    public async Task StopAsync()
    {
        if (!stop.IsCancellationRequested) await stop.CancelAsync();
        await beating;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        linked.Dispose();
        lost.Dispose();
        stop.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stream {Stream} of {IntegrationId} lost its lease to another run; this run stops")]
    private static partial void LogLost(ILogger logger, string stream, string integrationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing the lease of stream {Stream} of {IntegrationId} failed; retrying at the next beat")]
    private static partial void LogRenewFailed(ILogger logger, Exception exception, string stream, string integrationId);
}
