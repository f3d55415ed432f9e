using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Integrations;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Ingestion;

/// <summary>Reads the streams of an integration for the API and the integration page, and queues "sync now".</summary>
public sealed class StreamHealthService(
    IDbContextFactory<HomeBaseDbContext> contexts, SyncQueue queue, IOptions<SchedulerOptions> scheduler, IOptions<Platform.Hosting.InstanceOptions> instance,
    TimeProvider time)
{
    /// <summary>
    /// Every stream of the catalog for an integration of <paramref name="tenantId"/>, with the integration's overall
    /// state; without <paramref name="countRecords"/> the records are not counted (a count of millions of rows is
    /// for the integration's page and the API, not for a summary).
    /// </summary>
    public async Task<Result<IngestionSummary>> GetAsync(string tenantId, string integrationId, CancellationToken cancellationToken = default, bool countRecords = true)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var integration = await db.Integrations.AsNoTracking()
            .LiveOf(tenantId).SingleOrDefaultAsync(i => i.Id == integrationId, cancellationToken);
        if (integration is null) return Failure.NotFound("integration");

        var health = await db.StreamHealth.AsNoTracking().Where(h => h.IntegrationId == integrationId).ToDictionaryAsync(h => h.Stream, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var streams = new List<StreamStatus>();
        foreach (var stream in StreamCatalog.All)
        {
            var row = health.GetValueOrDefault(stream.Name);
            var state = !stream.IsEnabledBy(integration.Config) ? StreamStates.Disabled : StateOf(row, stream, now);
            var running = row?.LeaseOwner is not null && row.LeaseExpiresAt > now;
            streams.Add(new StreamStatus(
                stream.Name, stream.DisplayName, state,
                Running: running,
                countRecords ? await StreamRecordCounts.CountAsync(db, integrationId, stream.Name, cancellationToken) : 0,
                row?.RecordsAdded ?? 0, row?.RecordsUpdated ?? 0, row?.LastRunAt, row?.LastSuccessAt, row?.LastEventAt,
                row?.LastEventAt is { } lastEvent ? (long)(now - lastEvent).TotalSeconds : null,
                row?.ConsecutiveFailures ?? 0,
                row?.LastError is { } error ? new StreamError(error, row.LastErrorCode, row.LastErrorRequestId) : null,
                row?.ThrottledUntil, row?.BlockedReason,
                countRecords && running && row!.LastSuccessAt is null ? await FirstSyncAsync(db, integration, stream.Name, now, cancellationToken) : null));
        }
        return new IngestionSummary(IngestionSummary.WorstOf(streams.Select(s => s.State)), streams);
    }

    /// <summary>The running first sync's progress: its run's figures and, for a stream of events, the window covered.</summary>
    private static async Task<FirstSyncProgress?> FirstSyncAsync(HomeBaseDbContext db, Integrations.Integration integration, string stream, DateTime now, CancellationToken cancellationToken)
    {
        var run = await db.StreamRuns.AsNoTracking().Where(r => r.IntegrationId == integration.Id && r.Stream == stream && r.FinishedAt == null)
            .OrderByDescending(r => r.StartedAt).FirstOrDefaultAsync(cancellationToken);
        if (run is null) return null;
        if (!StreamEventSpans.HasWindow(stream)) return FirstSyncProgress.Of(run, now, null, (null, null));
        var span = await StreamEventSpans.SpanAsync(db, integration.Id, stream, cancellationToken);
        return FirstSyncProgress.Of(run, now, now.AddDays(-integration.Config.BackfillDays), span);
    }

    /// <summary>Queues an immediate run of every enabled stream (or one); the scheduler picks it up at once.</summary>
    public async Task<Result<IReadOnlyList<string>>> RequestSyncAsync(string tenantId, string integrationId, string? stream, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var integration = await db.Integrations.AsNoTracking()
            .LiveOf(tenantId).SingleOrDefaultAsync(i => i.Id == integrationId, cancellationToken);
        if (integration is null) return Failure.NotFound("integration");
        if (stream is not null && StreamCatalog.All.All(s => s.Name != stream))
        {
            return Failure.Validation(new Dictionary<string, string[]> { ["stream"] = [$"Unknown stream '{stream}'."] });
        }

        var streams = StreamCatalog.All.Where(s => s.IsEnabledBy(integration.Config) && (stream is null || s.Name == stream)).Select(s => s.Name).ToList();
        // Stored for whichever worker ticks next (streams never run are due anyway), and queued for this instance's own.
        var now = time.GetUtcNow().UtcDateTime;
        await db.StreamHealth.Where(h => h.IntegrationId == integrationId && streams.Contains(h.Stream))
            .ExecuteUpdateAsync(u => u.SetProperty(h => h.SyncRequestedAt, now), cancellationToken);
        // A web-only instance runs no scheduler to read its queue: the stored request is for the workers.
        if (instance.Value.IsWorker)
        {
            foreach (var name in streams) queue.Enqueue(new SyncRequest(integrationId, name));
        }
        return streams;
    }

    /// <summary>
    /// The stored state, except that a healthy stream with no success within three intervals is stale even before
    /// the scheduler's sweep stores it (or on an instance whose scheduler is off): the product never shows
    /// "healthy" while nothing arrives.
    /// </summary>
    private string StateOf(StreamHealth? row, StreamDefinition stream, DateTime now)
    {
        if (row is null) return StreamStates.Pending;
        if (row.State == StreamStates.Healthy && row.LastSuccessAt < scheduler.Value.StaleBefore(stream, now)) return StreamStates.Stale;
        return row.State;
    }
}
