using HomeBase.Core.Auditing;
using HomeBase.Core.Dashboards.Rollups;
using HomeBase.Core.Integrations.Credentials;
using HomeBase.Core.Platform.Azure;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Core.Platform.Telemetry;
using HomeBase.Core.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Ingestion;

/// <summary>
/// Runs one stream of one integration once: <see cref="StreamRunStarter"/> loads what the run needs into one
/// <see cref="StreamRunContext"/> and takes the stream's lease (or says why the stream does not run),
/// <see cref="PageReadAhead"/> feeds the connector's pages to <see cref="PageCommitter"/>, and
/// <see cref="StreamRunFinisher"/> records the outcome in the stream's health and run history.
/// </summary>
public sealed partial class StreamSyncRunner
{
    // Per runner: a second runner on the same database contends for the lease as a second app instance would.
    private readonly string owner = LeaseHolder.NewOwner();
    private readonly Dictionary<string, IStreamConnector> connectorsByStream;
    private readonly IDbContextFactory<HomeBaseDbContext> contexts;
    private readonly StreamRunStarter starter;
    private readonly PageCommitter committer;
    private readonly StreamRunFinisher finisher;
    private readonly TimeSpan leaseDuration;
    private readonly TimeProvider time;
    private readonly HomeBaseMetrics metrics;
    private readonly ILogger<StreamSyncRunner> logger;

    public StreamSyncRunner(IDbContextFactory<HomeBaseDbContext> contexts, IEnumerable<IStreamConnector> connectors, AzureTenantClientCache clients,
        AuditTrail audit, WebhookOutbox outbox, ExpiredSecrets expiredSecrets, RollupRefresher rollups, IOptions<IngestionOptions> options,
        TimeProvider time, HomeBaseMetrics metrics, ILogger<StreamSyncRunner> logger)
    {
        leaseDuration = TimeSpan.FromSeconds(options.Value.LeaseSeconds);
        var health = new StreamHealthRecorder(contexts, audit, outbox);
        starter = new StreamRunStarter(contexts, clients, health, time, leaseDuration, metrics);
        committer = new PageCommitter(contexts, rollups, time, leaseDuration, TimeSpan.FromMilliseconds(options.Value.PauseBeforePageCommitMs), logger);
        finisher = new StreamRunFinisher(contexts, health, expiredSecrets, rollups, time);
        connectorsByStream = connectors.ToDictionary(c => c.Stream);
        (this.contexts, this.time, this.metrics, this.logger) = (contexts, time, metrics, logger);
    }

    /// <summary>Runs <paramref name="stream"/> of an integration; null when the integration does not exist (or was deleted).</summary>
    public async Task<StreamRunResult?> RunAsync(string integrationId, string stream, CancellationToken cancellationToken = default)
    {
        var connector = connectorsByStream.GetValueOrDefault(stream) ?? throw new ArgumentOutOfRangeException(nameof(stream), stream, "No connector for this stream.");
        using var span = HomeBaseTracing.Source.StartActivity("ingestion.run");
        span?.SetTag("homebase.stream", stream).SetTag("homebase.integration_id", integrationId);
        var (run, notRun) = await starter.StartAsync(integrationId, connector, owner, cancellationToken);
        span?.SetTag("homebase.outcome", notRun?.State);
        if (run is null) return notRun;
        try
        {
            await using var heartbeat = new LeaseHeartbeat(contexts, run, leaseDuration, time, logger, cancellationToken);
            var result = await CollectAsync(run, heartbeat, cancellationToken);
            metrics.RunEnded(run.StreamName, run.Stream.Api, run.Integration.Cloud, result.State, result.RecordsAdded + result.RecordsUpdated);
            span?.SetTag("homebase.outcome", result.State).SetTag("homebase.records", result.RecordsAdded + result.RecordsUpdated).SetTag("homebase.pages", result.Pages);
            return result;
        }
        finally
        {
            if (!run.LeaseReleased) await starter.ReleaseAsync(run);
        }
    }

    private async Task<StreamRunResult> CollectAsync(StreamRunContext run, LeaseHeartbeat heartbeat, CancellationToken cancellationToken)
    {
        var token = heartbeat.Token;
        try
        {
            var pages = run.Connector.ReadAsync(run.ReadContext(time.GetUtcNow().UtcDateTime), token);
            await PageReadAhead.PumpAsync(pages, page => committer.CommitAsync(run, page, token), token);
            return await finisher.FinishAsync(run, heartbeat, StreamStates.Healthy, null, h =>
            {
                h.LastSuccessAt = time.GetUtcNow().UtcDateTime;
                h.ConsecutiveFailures = 0;
                (h.LastError, h.LastErrorCode, h.LastErrorRequestId, h.ThrottledUntil, h.BlockedReason) = (null, null, null, null, null);
            });
        }
        catch (Exception e) when (e is LeaseLostException || (e is OperationCanceledException && heartbeat.IsLost && !cancellationToken.IsCancellationRequested))
        {
            // Another run holds the stream now and keeps its health; this one only closes its own history row.
            return await finisher.AbandonAsync(run, new LeaseLostException(run.StreamName, run.IntegrationId).Message);
        }
        catch (StreamReadException e)
        {
            LogReadFailed(logger, run.StreamName, run.IntegrationId, e.Kind, e.Status, e.ErrorCode, e.RequestId);
            var state = e.Kind switch
            {
                ReadFailureKind.Throttled => StreamStates.Throttled,
                ReadFailureKind.Blocked => StreamStates.Blocked,
                _ => StreamStates.Failing,
            };
            // Entra's parsed code, not its wording, says the secret expired: no stream collects until it is rotated.
            if (e.Aadsts == EntraErrorCodes.ExpiredSecret) await finisher.BlockForExpiredSecretAsync(run, cancellationToken);
            return await finisher.FinishAsync(run, heartbeat, state, e, h =>
            {
                h.ThrottledUntil = e.RetryAt;
                h.BlockedReason = e.Kind == ReadFailureKind.Blocked ? e.Message : null;
            });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutdown: what was committed stays, the cursor says where to resume; the stream keeps its last state.
            await finisher.FinishAsync(run, heartbeat, run.StateBefore, null, _ => { }, outcome: "cancelled");
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever went wrong (a record Microsoft shaped differently, the database), the stream must say so
            // rather than stay "collecting"; the pages stored before it and their cursor stand.
            LogRunFailed(logger, e, run.StreamName, run.IntegrationId);
            // EF's own message only says to see the inner one: the database's reason is what an operator can act on.
            var reason = e is Microsoft.EntityFrameworkCore.DbUpdateException { InnerException: { } inner } ? $"{e.Message} {inner.Message}" : e.Message;
            return await finisher.FinishAsync(run, heartbeat, StreamStates.Failing, new StreamReadException(ReadFailureKind.Failed, 0, "ingestion_error", reason, null), _ => { });
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stream {Stream} of {IntegrationId} stopped: {Kind} (HTTP {Status}, {ErrorCode}, request id {RequestId})")]
    private static partial void LogReadFailed(ILogger logger, string stream, string integrationId, ReadFailureKind kind, int status, string? errorCode, string? requestId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Stream {Stream} of {IntegrationId} failed")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, string stream, string integrationId);
}
