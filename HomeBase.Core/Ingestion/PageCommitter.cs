using HomeBase.Core.Dashboards.Rollups;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Core.Platform.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HomeBase.Core.Ingestion;

/// <summary>
/// Stores one (merged) page of a run: its records, the cursor after it, the run's progress and the lease's renewal,
/// in one transaction, so the cursor never moves past records that are not stored.
/// </summary>
internal sealed partial class PageCommitter(
    IDbContextFactory<HomeBaseDbContext> contexts, RollupRefresher rollups, TimeProvider time, TimeSpan leaseDuration, TimeSpan pauseBeforeCommit, ILogger logger)
{
    public async Task CommitAsync(StreamRunContext run, IngestionPage page, CancellationToken cancellationToken)
    {
        // A context per page keeps the change tracker, and so memory, the size of one page. Under a retrying
        // execution strategy (SQL Server, PostgreSQL) a transient failure replays the whole page on a fresh context,
        // so nothing below changes state outside the transaction until it has committed.
        using var span = HomeBaseTracing.Source.StartActivity("ingestion.commit");
        span?.SetTag("homebase.records", page.RecordCount);
        await using var strategyContext = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await strategyContext.Database.CreateExecutionStrategy().ExecuteAsync(
            (run, page), async (_, state, ct) => await WriteAsync(state.run, state.page, ct), verifySucceeded: null, cancellationToken);
        run.Progress.Add(counts, page.LatestEventTime, page.SourcePages);
    }

    private async Task<WriteCounts> WriteAsync(StreamRunContext run, IngestionPage page, CancellationToken cancellationToken)
    {
        var (integrationId, stream) = (run.IntegrationId, run.StreamName);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var writer = new RecordWriter(db, integrationId, now);
        var (counts, changed) = (default(WriteCounts), default(WriteCounts));
        async Task WriteBatchesAsync(bool afterSave)
        {
            foreach (var batch in page.Batches.Where(b => b.AfterSave == afterSave))
            {
                var written = await batch.WriteAsync(writer, cancellationToken);
                changed += written;
                if (batch.Counted) counts += written;
            }
        }
        await WriteBatchesAsync(afterSave: false);

        var cursor = await db.StreamCursors.SingleOrDefaultAsync(c => c.IntegrationId == integrationId && c.Stream == stream, cancellationToken);
        var cursorMoves = cursor is null || cursor.State != page.CursorState;
        if (cursor is null) db.StreamCursors.Add(new StreamCursor { IntegrationId = integrationId, Stream = stream, State = page.CursorState, UpdatedAt = now });
        else if (cursorMoves) (cursor.State, cursor.UpdatedAt) = (page.CursorState, now);

        await db.SaveChangesAsync(cancellationToken);
        await WriteBatchesAsync(afterSave: true);
        // A page that added, changed, removed and stamped nothing and left the cursor where it was (a poll that found
        // nothing new, the watermark's overlap read again) wrote nothing: there is nothing to fence or commit, and the
        // run's history row gets its page count when the run finishes.
        if (changed == default && writer.Touched == 0 && !cursorMoves) return counts;
        // The dashboards' hourly counts of these records are recounted after the run; the mark commits with them. A page
        // that changed no record leaves every count as it was, and marking it would recount the same hours after every run.
        if (changed != default) rollups.MarkDirty(db, integrationId, stream, page);

        // The run's totals as they will be once this page commits; the run's own progress moves only after the commit.
        // Marked modified whole: a replayed transaction finds these values already set, which attaching alone would not save.
        var progress = run.Progress;
        (run.Run.Pages, run.Run.RecordsAdded, run.Run.RecordsUpdated) =
            (progress.Pages + page.SourcePages, progress.Added + counts.Added, progress.Updated + counts.Updated);
        db.Entry(run.Run).State = EntityState.Modified;
        await db.SaveChangesAsync(cancellationToken);
        // The fence: a run whose lease another run took over must not store its page (disposing the transaction rolls it back).
        if (!await StreamLease.RenewAsync(db, integrationId, stream, run.LeaseOwner, time.GetUtcNow().UtcDateTime + leaseDuration, cancellationToken))
        {
            throw new LeaseLostException(stream, integrationId);
        }
        if (pauseBeforeCommit > TimeSpan.Zero)
        {
            LogPausing(logger, stream, integrationId, (int)pauseBeforeCommit.TotalMilliseconds);
            await Task.Delay(pauseBeforeCommit, time, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return counts;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Page of {Stream} for {IntegrationId} written, not committed; committing in {Milliseconds} ms (Ingestion:PauseBeforePageCommitMs)")]
    private static partial void LogPausing(ILogger logger, string stream, string integrationId, int milliseconds);
}
