using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Integrations;
using HomeBase.Core.Integrations.Verification;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Core.Platform.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Ingestion;

/// <summary>
/// Starts a run: loads the integration once, skips a stream that is disabled or blocked by the capability grid,
/// and in one transaction takes the stream's lease, marks the stream collecting and opens the run's history row,
/// all into one <see cref="StreamRunContext"/>; and gives the lease back when a run ends without its finish.
/// </summary>
internal sealed class StreamRunStarter(
    IDbContextFactory<HomeBaseDbContext> contexts, AzureTenantClientCache clients, StreamHealthRecorder health, TimeProvider time, TimeSpan leaseDuration,
    HomeBaseMetrics metrics)
{
    /// <summary>The run, its lease held; or, without one, why it did not run (neither when the integration does not exist or was deleted).</summary>
    public async Task<(StreamRunContext? Run, StreamRunResult? NotRun)> StartAsync(string integrationId, IStreamConnector connector, string owner,
        CancellationToken cancellationToken)
    {
        var stream = StreamCatalog.Get(connector.Stream);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var integration = await db.Integrations.AsNoTracking().Live().SingleOrDefaultAsync(i => i.Id == integrationId, cancellationToken);
        if (integration is null) return (null, null);
        if (!stream.IsEnabledBy(integration.Config))
        {
            await health.UpdateAsync(integration, stream.Name, h => h.State = StreamStates.Disabled, CancellationToken.None);
            return (null, StreamRunResult.NotRun(stream.Name, StreamStates.Disabled));
        }
        if (BlockedReason(integration, stream.Name) is { } reason)
        {
            // Polling a stream the grid marks blocked would only collect 403s: show why instead.
            await health.UpdateAsync(integration, stream.Name, h => (h.State, h.BlockedReason, h.LastRunAt) = (StreamStates.Blocked, reason, Now),
                CancellationToken.None);
            return (null, StreamRunResult.NotRun(stream.Name, StreamStates.Blocked, reason));
        }
        var strategy = db.Database.CreateExecutionStrategy();
        var (take, run) = await strategy.ExecuteAsync(() => TakeAndOpenAsync(db, integration, stream, connector, owner, cancellationToken));
        if (take == LeaseTake.NoRow)
        {
            // The stream's first run: its health row is created on its own, then the lease taken as usual.
            await StreamLease.CreateRowAsync(db, integration.Id, stream.Name, cancellationToken);
            (take, run) = await strategy.ExecuteAsync(() => TakeAndOpenAsync(db, integration, stream, connector, owner, cancellationToken));
        }
        if (take == LeaseTake.TakenOver) metrics.LeaseTakenOver(stream.Name);
        if (run is not null) run.Subjects = await StreamSubjects.ForAsync(db, integration.Id, stream.Name, Now, cancellationToken);
        return run is null ? (null, StreamRunResult.NotRun(stream.Name, StreamRunResult.AlreadyRunning)) : (run, null);
    }

    public Task ReleaseAsync(StreamRunContext run) => ReleaseAsync(run.IntegrationId, run.StreamName, run.LeaseOwner);

    /// <summary>Why the latest capability grid says this stream cannot collect, with its fix; null when it is ready (or never verified).</summary>
    private static string? BlockedReason(Integration integration, string stream)
    {
        if (VerificationJson.Deserialize(integration.VerificationJson) is not { } grid) return null;
        if (grid.CredentialFailure is { } refused) return $"{refused.Cause} {refused.Fix}";
        var row = grid.Streams.FirstOrDefault(s => s.Stream == stream);
        if (row is null || !StreamStatuses.IsBlocked(row.Status)) return null;
        return $"{row.Status}: {row.Fix ?? row.Detail ?? "see the capability grid"}";
    }

    /// <summary>
    /// Takes the lease, marks the stream collecting, saves the run's history row and reads the stored cursor, in one
    /// transaction: a run starts whole or not at all, and a run that starts costs one commit.
    /// </summary>
    private async Task<(LeaseTake Take, StreamRunContext? Run)> TakeAndOpenAsync(HomeBaseDbContext db, Integration integration, StreamDefinition stream,
        IStreamConnector connector, string owner, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var take = await StreamLease.TakeAsync(db, integration.Id, stream.Name, owner, Now, leaseDuration, cancellationToken);
        if (!StreamLease.IsHeld(take)) return (take, null);

        var row = await db.StreamHealth.SingleAsync(h => h.IntegrationId == integration.Id && h.Stream == stream.Name, cancellationToken);
        // Still collecting means the run before this one died without a word (the sweep had not yet said so): this
        // run takes over from an interruption, which is also what it puts back if it is cancelled.
        var stateBefore = row.State == StreamStates.Collecting ? StreamStates.Interrupted : row.State;
        if (row.State == StreamStates.Collecting) await InterruptedRuns.CloseAsync(db, integration.Id, stream.Name, Now, cancellationToken);
        (row.State, row.StateBeforeRun, row.LastRunAt) = (StreamStates.Collecting, stateBefore, Now);
        // This run answers any "sync now" asked before it started.
        if (row.SyncRequestedAt <= Now) row.SyncRequestedAt = null;
        var run = new StreamRun { IntegrationId = integration.Id, Stream = stream.Name, StartedAt = Now, RunBy = owner };
        db.StreamRuns.Add(run);
        var cursor = await db.StreamCursors.AsNoTracking()
            .Where(c => c.IntegrationId == integration.Id && c.Stream == stream.Name).Select(c => c.State).SingleOrDefaultAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (take, new StreamRunContext(integration, stream, connector, () => clients.For(integration), cursor, owner, run, stateBefore));
    }

    private async Task ReleaseAsync(string integrationId, string stream, string owner)
    {
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        await StreamLease.ReleaseAsync(db, integrationId, stream, owner);
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
