using System.Collections.Concurrent;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Integrations;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Ingestion;

/// <summary>
/// Runs each enabled stream of each integration at its interval, and "sync now" requests at once, with at
/// most <see cref="SchedulerOptions.MaxConcurrency"/> runs at a time. Throttled streams wait until Microsoft's
/// time; integrations with blocked streams are verified again now and then so a fix resumes them; events
/// past retention are removed hourly. The
/// stream lease in the database keeps other instances off a stream this one runs; each pass first sweeps the
/// health of runs that died (see <see cref="StreamHealthSweeper"/>), so a crash never leaves a stream collecting.
/// </summary>
public sealed partial class IngestionScheduler(
    IDbContextFactory<HomeBaseDbContext> contexts,
    StreamSyncRunner runner,
    StreamHealthSweeper sweeper,
    SyncQueue queue,
    IntegrationService integrations,
    RetentionService retention,
    IOptions<SchedulerOptions> options,
    TimeProvider time,
    ILogger<IngestionScheduler> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<SyncRequest, Task> running = new();
    private DateTimeOffset nextPurge;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var slots = new SemaphoreSlim(settings.MaxConcurrency);
        // A "sync now" request ends the wait at once; one bad pass (the database away for a moment) is logged and retried next tick.
        await PeriodicWork.RunAsync(
            async cancellationToken =>
            {
                while (queue.Reader.TryRead(out var request)) Start(request, slots, cancellationToken);
                if (!settings.Enabled) return;
                // First, so a stream whose run died is due in this same pass, and stale streams say so with an event.
                await sweeper.SweepAsync(cancellationToken);
                foreach (var due in await DueAsync(cancellationToken)) Start(due, slots, cancellationToken);
                await PurgeWhenDueAsync(cancellationToken);
            },
            () => TimeSpan.FromSeconds(settings.TickSeconds), time, e => LogPassFailed(logger, e), stoppingToken,
            wake: cancellationToken => queue.Reader.WaitToReadAsync(cancellationToken).AsTask());
        await Task.WhenAll(running.Values);
    }

    /// <summary>Streams whose interval has passed, whose throttling ended, or that were never run.</summary>
    private async Task<List<SyncRequest>> DueAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var live = await db.Integrations.AsNoTracking().Live()
            .Select(i => new { i.Id, i.TenantId, i.Config, i.VerifiedAt }).ToListAsync(cancellationToken);
        var ids = live.Select(i => i.Id).ToList();
        // Only what decides whether a stream is due: this runs every tick over every stream of every integration.
        var health = await db.StreamHealth.AsNoTracking().Where(h => ids.Contains(h.IntegrationId))
            .Select(h => new StreamHealth
            {
                IntegrationId = h.IntegrationId, Stream = h.Stream, State = h.State,
                SyncRequestedAt = h.SyncRequestedAt, ThrottledUntil = h.ThrottledUntil, LastRunAt = h.LastRunAt, LastSuccessAt = h.LastSuccessAt,
            })
            .ToDictionaryAsync(h => (h.IntegrationId, h.Stream), cancellationToken);

        var now = time.GetUtcNow().UtcDateTime;
        var settings = options.Value;
        var recheck = TimeSpan.FromMinutes(settings.BlockedRecheckMinutes);
        var due = new List<SyncRequest>();
        foreach (var integration in live)
        {
            var streams = StreamCatalog.All.Where(s => s.IsEnabledBy(integration.Config)).ToList();
            var blocked = streams.Where(s => health.GetValueOrDefault((integration.Id, s.Name))?.State == StreamStates.Blocked).ToList();
            if (blocked.Count > 0 && (integration.VerifiedAt is null || integration.VerifiedAt < now - recheck))
            {
                // The admin may have granted what was missing: the grid decides whether blocked streams run again.
                await integrations.VerifyAsync(integration.TenantId, integration.Id, Actor.System, cancellationToken);
                due.AddRange(blocked.Select(s => new SyncRequest(integration.Id, s.Name)));
            }
            foreach (var stream in streams.Except(blocked))
            {
                // A stream that reads another's records runs after it: here, after the run this pass starts or one already
                // running (RunAsync waits for it); otherwise only once it has succeeded and is not running on another instance.
                // A prerequisite that is off or blocked leaves it nothing to wait for.
                if (stream.RunsAfter is { } before && streams.Any(s => s.Name == before) && blocked.All(s => s.Name != before)
                    && !due.Contains(new SyncRequest(integration.Id, before)) && !running.ContainsKey(new SyncRequest(integration.Id, before))
                    && health.GetValueOrDefault((integration.Id, before)) is not { LastSuccessAt: not null, State: not StreamStates.Collecting })
                {
                    continue;
                }
                var row = health.GetValueOrDefault((integration.Id, stream.Name));
                var next = row?.SyncRequestedAt is not null ? now : row?.State switch
                {
                    StreamStates.Throttled when row.ThrottledUntil is { } until => until,
                    StreamStates.Interrupted => now,
                    _ => row?.LastRunAt + settings.IntervalOf(stream),
                };
                if (next is null || next <= now) due.Add(new SyncRequest(integration.Id, stream.Name));
            }
        }
        return due;
    }

    /// <summary>Retention runs hourly: old events go in the background, not on a page's transaction.</summary>
    private async Task PurgeWhenDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now < nextPurge) return;
        nextPurge = now.AddHours(1);
        var removed = await retention.PurgeAsync(cancellationToken);
        if (removed > 0) LogPurged(logger, removed);
    }

    private void Start(SyncRequest request, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        // The slot is claimed before the run starts: a run can finish synchronously (a lease another instance
        // holds, a disabled stream; SQLite's async calls complete inline), and its finally then removes the entry
        // before an assignment after it would add a finished task that kept the stream from ever running again.
        if (!running.TryAdd(request, Task.CompletedTask)) return;
        var run = RunAsync(request, slots, stoppingToken);
        running.TryUpdate(request, run, Task.CompletedTask);
    }

    private async Task RunAsync(SyncRequest request, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        try
        {
            // Streams start together ("sync now", a scheduling pass): one that reads another's records waits for that run to end
            // (started first, in the catalog's order), before it takes a slot that run may need.
            if (StreamCatalog.Get(request.Stream).RunsAfter is { } before && running.TryGetValue(request with { Stream = before }, out var prerequisite))
            {
                await prerequisite;
            }
            await slots.WaitAsync(stoppingToken);
            try
            {
                await runner.RunAsync(request.IntegrationId, request.Stream, stoppingToken);
            }
            finally
            {
                slots.Release();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: the run's committed pages and cursor stay; the next start resumes.
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // Whatever escaped the run (the database gone while it started, a secret that no longer decrypts) is this
            // run's failure: logged, and the stream is due again at the next tick. A fault left on the task would
            // surface only at shutdown, as a failed host.
            LogRunFailed(logger, e, request.Stream, request.IntegrationId);
        }
        finally
        {
            running.TryRemove(request, out _);
        }
    }

    /// <summary>Sleeps until the next tick, or until a "sync now" request arrives.</summary>
    [LoggerMessage(Level = LogLevel.Error, Message = "An ingestion scheduling pass failed; retrying at the next tick")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention removed {Count} events past their retention")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled run of {Stream} for {IntegrationId} failed")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, string stream, string integrationId);
}
