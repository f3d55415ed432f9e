using HomeBase.Core.Dashboards.Rollups;
using HomeBase.Core.Integrations.Credentials;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Ingestion;

/// <summary>Records how a run ended: the rollups recounted, the stream's health, the run's history row; and an expired secret's block.</summary>
internal sealed class StreamRunFinisher(
    IDbContextFactory<HomeBaseDbContext> contexts, StreamHealthRecorder health, ExpiredSecrets expiredSecrets, RollupRefresher rollups, TimeProvider time)
{
    /// <summary>
    /// Leaves the stream in <paramref name="state"/> with <paramref name="error"/> (if any) and whatever else
    /// <paramref name="apply"/> sets; <paramref name="outcome"/> is the history's word for it when not the state.
    /// The health, the run's history row and the lease's release commit together, once
    /// <paramref name="heartbeat"/> has stopped renewing the lease about to be given back.
    /// </summary>
    public async Task<StreamRunResult> FinishAsync(StreamRunContext run, LeaseHeartbeat heartbeat, string state, StreamReadException? error,
        Action<StreamHealth> apply, string? outcome = null)
    {
        var progress = run.Progress;
        // Before the health changes, which is what an open dashboard watches: it then reloads counts that are up to date.
        await rollups.RefreshAsync(run.IntegrationId, CancellationToken.None);
        await heartbeat.StopAsync();
        var row = run.Run;
        (row.FinishedAt, row.Outcome, row.Error, row.RequestId) = (time.GetUtcNow().UtcDateTime, outcome ?? state, error?.Message, error?.RequestId);
        (row.Pages, row.RecordsAdded, row.RecordsUpdated) = (progress.Pages, progress.Added, progress.Updated);
        await health.UpdateAsync(run.Integration, run.StreamName, h =>
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
        }, async db =>
        {
            // Marked modified whole: a replayed transaction finds the row's new values already set, which attaching alone would not save.
            db.Entry(row).State = EntityState.Modified;
            await StreamLease.ReleaseAsync(db, run.IntegrationId, run.StreamName, run.LeaseOwner);
        }, CancellationToken.None);
        run.LeaseReleased = true;
        return new StreamRunResult(row.Stream, state, progress.Pages, progress.Added, progress.Updated, error?.Message);
    }

    /// <summary>
    /// A run that lost its lease: the run that took the stream over owns its health and cursor, so only this run's
    /// history row is closed (as <see cref="StreamRunResult.LeaseLost"/>).
    /// </summary>
    public async Task<StreamRunResult> AbandonAsync(StreamRunContext run, string reason)
    {
        var progress = run.Progress;
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        var row = run.Run;
        db.StreamRuns.Attach(row);
        (row.FinishedAt, row.Outcome, row.Error) = (time.GetUtcNow().UtcDateTime, StreamRunResult.LeaseLost, reason);
        await db.SaveChangesAsync(CancellationToken.None);
        return new StreamRunResult(row.Stream, StreamRunResult.LeaseLost, progress.Pages, progress.Added, progress.Updated, reason);
    }

    /// <summary>Entra said the secret expired in the middle of a sync: the whole integration is blocked with the fix.</summary>
    public async Task BlockForExpiredSecretAsync(StreamRunContext run, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The one write to the integration's row takes the row as it is now, not the run's snapshot: another stream
        // or the expiry watcher may have blocked it, or the secret been rotated, since this run started.
        var integration = await db.Integrations.SingleAsync(i => i.Id == run.IntegrationId, cancellationToken);
        await expiredSecrets.RecordAsync(db, integration, time.GetUtcNow().UtcDateTime, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
