using System.Threading.Channels;
using HomeBase.Core.Auditing;
using HomeBase.Core.Azure;
using HomeBase.Core.Common;
using HomeBase.Core.Integrations;
using HomeBase.Core.Persistence;
using HomeBase.Core.Streams;
using HomeBase.Core.Verification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HomeBase.Core.Ingestion;

/// <summary>
/// Runs one stream of one integration once: skips it when disabled or blocked by the capability grid, takes
/// the stream's lease, stores page after page with the cursor in the same transaction, and records the
/// outcome in the stream's health and run history.
/// </summary>
public sealed partial class StreamSyncRunner(
    IDbContextFactory<HomeBaseDbContext> contexts,
    IEnumerable<IStreamConnector> connectors,
    TenantClientCache clients,
    AuditTrail audit,
    Webhooks.WebhookOutbox outbox,
    Webhooks.ExpiredSecrets expiredSecrets,
    Dashboards.Rollups.RollupRefresher rollups,
    TimeProvider time,
    ILogger<StreamSyncRunner> logger)
{
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(10);
    private readonly string owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private readonly Dictionary<string, IStreamConnector> connectorsByStream = connectors.ToDictionary(c => c.Stream);

    /// <summary>Runs <paramref name="stream"/> of an integration; null when the integration does not exist (or was deleted).</summary>
    public async Task<StreamRunResult?> RunAsync(string integrationId, string stream, CancellationToken cancellationToken = default)
    {
        var connector = connectorsByStream.GetValueOrDefault(stream) ?? throw new ArgumentOutOfRangeException(nameof(stream), stream, "No connector for this stream.");
        Integration? integration;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            integration = await db.Integrations.AsNoTracking().SingleOrDefaultAsync(i => i.Id == integrationId && i.DeletedAt == null, cancellationToken);
            if (integration is null) return null;
            if (!StreamCatalog.Get(stream).IsEnabledBy(integration.Config))
            {
                await UpdateHealthAsync(integrationId, stream, h => h.State = StreamStates.Disabled, CancellationToken.None);
                return StreamRunResult.NotRun(stream, StreamStates.Disabled);
            }
            if (BlockedReason(integration, stream) is { } reason)
            {
                // Polling a stream the grid marks blocked would only collect 403s: show why instead.
                await UpdateHealthAsync(integrationId, stream, h => (h.State, h.BlockedReason, h.LastRunAt) = (StreamStates.Blocked, reason, Now), CancellationToken.None);
                return StreamRunResult.NotRun(stream, StreamStates.Blocked, reason);
            }
            if (!await StreamLease.TryTakeAsync(db, integrationId, stream, owner, Now, LeaseDuration, cancellationToken))
            {
                return StreamRunResult.NotRun(stream, StreamRunResult.AlreadyRunning);
            }
        }
        try
        {
            return await CollectAsync(integration, connector, cancellationToken);
        }
        finally
        {
            await ReleaseLeaseAsync(integrationId, stream);
        }
    }

    private async Task<StreamRunResult> CollectAsync(Integration integration, IStreamConnector connector, CancellationToken cancellationToken)
    {
        var stream = connector.Stream;
        var (run, cursorState, stateBefore) = await StartRunAsync(integration.Id, stream, cancellationToken);
        var progress = new RunProgress();
        try
        {
            var context = new StreamReadContext(clients.For(integration), integration.Config, cursorState, Now);
            await ReadAheadAsync(connector.ReadAsync(context, cancellationToken), page => CommitPageAsync(integration.Id, stream, run, page, progress, cancellationToken),
                cancellationToken);
            return await FinishAsync(run, progress, StreamStates.Healthy, null, h =>
            {
                h.LastSuccessAt = Now;
                h.ConsecutiveFailures = 0;
                (h.LastError, h.LastErrorCode, h.LastErrorRequestId, h.ThrottledUntil, h.BlockedReason) = (null, null, null, null, null);
            });
        }
        catch (StreamReadException e)
        {
            LogReadFailed(logger, stream, integration.Id, e.Kind, e.Status, e.ErrorCode, e.RequestId);
            var state = e.Kind switch
            {
                ReadFailureKind.Throttled => StreamStates.Throttled,
                ReadFailureKind.Blocked => StreamStates.Blocked,
                _ => StreamStates.Failing,
            };
            if (e.Aadsts == EntraErrorCodes.ExpiredSecret)
            {
                await BlockForExpiredSecretAsync(integration.Id, cancellationToken);
            }
            return await FinishAsync(run, progress, state, e, h =>
            {
                h.ThrottledUntil = e.RetryAt;
                h.BlockedReason = e.Kind == ReadFailureKind.Blocked ? e.Message : null;
            });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutdown: what was committed stays, the cursor says where to resume; the stream keeps its last state.
            await FinishAsync(run, progress, stateBefore, null, _ => { }, outcome: "cancelled");
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever went wrong (a record Microsoft shaped differently, the database), the stream must say so
            // rather than stay "collecting"; the pages stored before it and their cursor stand.
            LogRunFailed(logger, e, stream, integration.Id);
            return await FinishAsync(run, progress, StreamStates.Failing, new StreamReadException(ReadFailureKind.Failed, 0, "ingestion_error", e.Message, null), _ => { });
        }
    }

    /// <summary>At most this many fetched pages are stored in one transaction (fewer commits while a backfill reads ahead).</summary>
    private const int PagesPerCommit = 4;

    /// <summary>
    /// Fetches pages ahead while earlier ones are stored (Microsoft's latency and the database's writes overlap): a
    /// producer reads the connector into a small buffer, and each store takes every page already waiting there (up to
    /// <see cref="PagesPerCommit"/>) in one transaction, after the pages before it, so the cursor stays in order.
    /// A fetch error reaches the caller after the pages before it are stored; a failed store stops the fetching.
    /// </summary>
    private static async Task ReadAheadAsync(IAsyncEnumerable<IngestionPage> pages, Func<IngestionPage, Task> store, CancellationToken cancellationToken)
    {
        var buffer = Channel.CreateBounded<IngestionPage>(new BoundedChannelOptions(PagesPerCommit) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var page in pages.WithCancellation(stop.Token)) await buffer.Writer.WriteAsync(page, stop.Token);
                buffer.Writer.Complete();
            }
            catch (Exception error)
            {
                buffer.Writer.Complete(error);
            }
        }, CancellationToken.None);
        try
        {
            // Throws the producer's error, once the pages fetched before it are stored.
            while (await buffer.Reader.WaitToReadAsync(CancellationToken.None))
            {
                var group = new List<IngestionPage>(PagesPerCommit);
                while (group.Count < PagesPerCommit && buffer.Reader.TryRead(out var page)) group.Add(page);
                await store(IngestionPage.Merge(group));
            }
        }
        finally
        {
            // Pages fetched ahead of a failed store are dropped; the fetching ends before the connector is left.
            await stop.CancelAsync();
            await producer;
        }
    }

    private async Task<(StreamRun Run, string? CursorState, string StateBefore)> StartRunAsync(string integrationId, string stream, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var health = await db.StreamHealth.SingleAsync(h => h.IntegrationId == integrationId && h.Stream == stream, cancellationToken);
        var stateBefore = health.State;
        (health.State, health.LastRunAt) = (StreamStates.Collecting, Now);
        var run = new StreamRun { IntegrationId = integrationId, Stream = stream, StartedAt = Now };
        db.StreamRuns.Add(run);
        var cursor = await db.StreamCursors.AsNoTracking().SingleOrDefaultAsync(c => c.IntegrationId == integrationId && c.Stream == stream, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return (run, cursor?.State, stateBefore);
    }

    /// <summary>The page's records, the cursor after it and the run's progress: one transaction.</summary>
    private async Task CommitPageAsync(string integrationId, string stream, StreamRun run, IngestionPage page, RunProgress progress, CancellationToken cancellationToken)
    {
        // A context per page keeps the change tracker, and so memory, the size of one page.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = Now;
        var writer = new RecordWriter(db, integrationId, now);
        var counts = default(WriteCounts);
        foreach (var batch in page.Batches.Where(b => !b.AfterSave)) counts += await batch.WriteAsync(writer, cancellationToken);
        // The dashboards' hourly counts of these records are recounted after the run; the mark commits with them.
        rollups.MarkDirty(db, integrationId, stream, page);

        var cursor = await db.StreamCursors.SingleOrDefaultAsync(c => c.IntegrationId == integrationId && c.Stream == stream, cancellationToken);
        if (cursor is null) db.StreamCursors.Add(new StreamCursor { IntegrationId = integrationId, Stream = stream, State = page.CursorState, UpdatedAt = now });
        else (cursor.State, cursor.UpdatedAt) = (page.CursorState, now);

        await db.SaveChangesAsync(cancellationToken);
        foreach (var batch in page.Batches.Where(b => b.AfterSave)) counts += await batch.WriteAsync(writer, cancellationToken);

        progress.Add(counts, page.LatestEventTime, page.SourcePages);
        db.StreamRuns.Attach(run);
        (run.Pages, run.RecordsAdded, run.RecordsUpdated) = (progress.Pages, progress.Added, progress.Updated);
        await db.SaveChangesAsync(cancellationToken);
        await StreamLease.RenewAsync(db, integrationId, stream, owner, now + LeaseDuration, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<StreamRunResult> FinishAsync(StreamRun run, RunProgress progress, string state, StreamReadException? error, Action<StreamHealth> apply,
        string? outcome = null)
    {
        // Before the health changes, which is what an open dashboard watches: it then reloads counts that are up to date.
        await rollups.RefreshAsync(run.IntegrationId, CancellationToken.None);
        await UpdateHealthAsync(run.IntegrationId, run.Stream, h =>
        {
            h.State = state;
            (h.RecordsAdded, h.RecordsUpdated) = (progress.Added, progress.Updated);
            if (progress.LatestEventTime is { } latest && (h.LastEventAt is null || latest > h.LastEventAt)) h.LastEventAt = latest;
            if (error is not null)
            {
                (h.LastError, h.LastErrorCode, h.LastErrorRequestId) = (error.Message, error.ErrorCode, error.RequestId);
                h.ConsecutiveFailures++;
            }
            apply(h);
        }, CancellationToken.None);

        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        db.StreamRuns.Attach(run);
        (run.FinishedAt, run.Outcome, run.Error, run.RequestId) = (Now, outcome ?? state, error?.Message, error?.RequestId);
        (run.Pages, run.RecordsAdded, run.RecordsUpdated) = (progress.Pages, progress.Added, progress.Updated);
        await db.SaveChangesAsync(CancellationToken.None);
        return new StreamRunResult(run.Stream, state, progress.Pages, progress.Added, progress.Updated, error?.Message);
    }

    /// <summary>
    /// Changes one stream's health row and, when that changes the integration's overall state (the worst of
    /// its enabled streams), records <c>integration.health_changed</c> with it, for the webhooks to deliver.
    /// </summary>
    private async Task UpdateHealthAsync(string integrationId, string stream, Action<StreamHealth> apply, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var integration = await db.Integrations.AsNoTracking().Where(i => i.Id == integrationId)
            .Select(i => new { i.TenantId, i.Config }).SingleAsync(cancellationToken);
        var rows = await db.StreamHealth.Where(h => h.IntegrationId == integrationId).ToListAsync(cancellationToken);
        var before = OverallState(rows, integration.Config);
        var health = rows.SingleOrDefault(h => h.Stream == stream);
        if (health is null)
        {
            health = new StreamHealth { IntegrationId = integrationId, Stream = stream, State = StreamStates.Pending };
            db.StreamHealth.Add(health);
            rows.Add(health);
        }
        apply(health);
        var after = OverallState(rows, integration.Config);
        if (after != before)
        {
            audit.Record(db, integration.TenantId, Actor.System, "integration.health_changed", "integration", integrationId,
                new { state_before = before, state = after, stream, stream_state = health.State });
            await outbox.RecordAsync(db, integration.TenantId, Webhooks.WebhookEventTypes.HealthChanged,
                new { integration_id = integrationId, state_before = before, state = after, stream, stream_state = health.State }, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Entra said the secret expired (AADSTS7000222) in the middle of a sync: the whole integration is blocked with the fix.</summary>
    private async Task BlockForExpiredSecretAsync(string integrationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var integration = await db.Integrations.SingleAsync(i => i.Id == integrationId, cancellationToken);
        await expiredSecrets.RecordAsync(db, integration, Now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The integration's state for events: a run in progress counts as healthy, or every run would be two events.</summary>
    private static string OverallState(IEnumerable<StreamHealth> rows, IntegrationConfig config)
    {
        var states = rows.ToDictionary(r => r.Stream, r => r.State == StreamStates.Collecting ? StreamStates.Healthy : r.State);
        return IngestionSummary.WorstOf(StreamCatalog.All.Where(s => s.IsEnabledBy(config)).Select(s => states.GetValueOrDefault(s.Name, StreamStates.Pending)));
    }

    private async Task ReleaseLeaseAsync(string integrationId, string stream)
    {
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        await db.StreamHealth.Where(h => h.IntegrationId == integrationId && h.Stream == stream && h.LeaseOwner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LeaseOwner, (string?)null).SetProperty(h => h.LeaseExpiresAt, (DateTime?)null));
    }

    /// <summary>Why the latest capability grid says this stream cannot collect, with its fix; null when it is ready (or never verified).</summary>
    internal static string? BlockedReason(Integration integration, string stream)
    {
        if (VerificationJson.Deserialize(integration.VerificationJson) is not { } grid) return null;
        if (grid.CredentialFailure is { } refused) return $"{refused.Cause} {refused.Fix}";
        var row = grid.Streams.FirstOrDefault(s => s.Stream == stream);
        if (row is null || !StreamStatuses.IsBlocked(row.Status)) return null;
        return $"{row.Status}: {row.Fix ?? row.Detail ?? "see the capability grid"}";
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stream {Stream} of {IntegrationId} stopped: {Kind} (HTTP {Status}, {ErrorCode}, request id {RequestId})")]
    private static partial void LogReadFailed(ILogger logger, string stream, string integrationId, ReadFailureKind kind, int status, string? errorCode, string? requestId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Stream {Stream} of {IntegrationId} failed")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, string stream, string integrationId);

    /// <summary>What a run has stored so far.</summary>
    private sealed class RunProgress
    {
        public int Pages { get; private set; }

        public int Added { get; private set; }

        public int Updated { get; private set; }

        public DateTime? LatestEventTime { get; private set; }

        public void Add(WriteCounts counts, DateTime? latestEventTime, int pages)
        {
            (Pages, Added, Updated) = (Pages + pages, Added + counts.Added, Updated + counts.Updated);
            if (latestEventTime is { } latest && (LatestEventTime is null || latest > LatestEventTime)) LatestEventTime = latest;
        }
    }
}
