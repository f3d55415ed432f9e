using HomeBase.Core.Auditing;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Integrations;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Core.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Ingestion;

/// <summary>
/// Corrects the states no run will correct. A stream left <c>collecting</c> by a run that died (its lease expired,
/// or its holder was an earlier process on this machine that is gone) becomes <c>interrupted</c>, saying when the
/// run started and where it stopped; a healthy stream with no success within three of its intervals becomes
/// <c>stale</c>. Both go through the health recorder, so each change emits <c>integration.health_changed</c>.
/// The scheduler sweeps at every pass, before it picks the due streams (an interrupted one is due at once).
/// </summary>
public sealed class StreamHealthSweeper(
    IDbContextFactory<HomeBaseDbContext> contexts, AuditTrail audit, WebhookOutbox outbox, IOptions<SchedulerOptions> scheduler,
    IOptions<IngestionOptions> ingestion, TimeProvider time)
{
    /// <summary>The code stored with an interruption, beside Microsoft's error codes of failed runs.</summary>
    public const string InterruptedCode = "run_interrupted";

    public const string StaleCode = "no_recent_success";

    // The sweep holds a stream's lease while it changes the row, so no run starts on it halfway.
    private readonly string owner = LeaseHolder.NewOwner();
    private readonly StreamHealthRecorder health = new(contexts, audit, outbox);

    /// <summary>Sweeps every live integration; returns how many streams changed state.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        Dictionary<string, IntegrationConfig> configs;
        List<StreamHealth> rows;
        // Every pass reads every live stream: only the columns the sweep decides on, so that a thousand integrations
        // cost a few hundred kilobytes a pass rather than their secrets and capability grids.
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            configs = await db.Integrations.AsNoTracking().Live().ToDictionaryAsync(i => i.Id, i => i.Config, cancellationToken);
            var ids = configs.Keys.ToList();
            rows = await db.StreamHealth.AsNoTracking()
                .Where(h => ids.Contains(h.IntegrationId) && (h.State == StreamStates.Collecting || h.State == StreamStates.Healthy))
                .Select(h => new StreamHealth
                {
                    IntegrationId = h.IntegrationId, Stream = h.Stream, State = h.State,
                    LeaseOwner = h.LeaseOwner, LeaseExpiresAt = h.LeaseExpiresAt, LastSuccessAt = h.LastSuccessAt,
                })
                .ToListAsync(cancellationToken);
        }

        var changed = 0;
        foreach (var row in rows)
        {
            var stream = StreamCatalog.All.FirstOrDefault(s => s.Name == row.Stream);
            if (stream is null || !stream.IsEnabledBy(configs[row.IntegrationId])) continue;
            if (row.State == StreamStates.Collecting && IsAbandoned(row, now))
            {
                if (await LiveIntegrationAsync(row.IntegrationId, cancellationToken) is { } integration
                    && await InterruptAsync(integration, stream, cancellationToken)) changed++;
            }
            else if (row.State == StreamStates.Healthy && row.LeaseOwner is null && row.LastSuccessAt < scheduler.Value.StaleBefore(stream, now))
            {
                if (await LiveIntegrationAsync(row.IntegrationId, cancellationToken) is { } integration
                    && await MarkStaleAsync(integration, stream, cancellationToken)) changed++;
            }
        }
        return changed;
    }

    /// <summary>The integration of a stream to correct, read when there is one (rarely): null when it was deleted meanwhile.</summary>
    private async Task<Integration?> LiveIntegrationAsync(string integrationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Integrations.AsNoTracking().Live().SingleOrDefaultAsync(i => i.Id == integrationId, cancellationToken);
    }

    /// <summary>A run in progress renews its lease; a dead one's lease has run out or names a process that is gone.</summary>
    private static bool IsAbandoned(StreamHealth row, DateTime now) =>
        row.LeaseOwner is null || row.LeaseExpiresAt < now || LeaseHolder.IsGoneFromThisMachine(row.LeaseOwner);

    private async Task<bool> InterruptAsync(Integration integration, StreamDefinition stream, CancellationToken cancellationToken)
    {
        return await WithLeaseAsync(integration.Id, stream.Name, async db =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            var started = await db.StreamRuns.Where(r => r.IntegrationId == integration.Id && r.Stream == stream.Name && r.FinishedAt == null)
                .OrderByDescending(r => r.StartedAt).Select(r => (DateTime?)r.StartedAt).FirstOrDefaultAsync(cancellationToken);
            var storedAt = await db.StreamCursors.Where(c => c.IntegrationId == integration.Id && c.Stream == stream.Name)
                .Select(c => (DateTime?)c.UpdatedAt).SingleOrDefaultAsync(cancellationToken);
            var changed = false;
            await health.UpdateAsync(integration, stream.Name, h =>
            {
                // Checked again under the lease: a run may have finished it between the sweep's read and now.
                if (h.State != StreamStates.Collecting) return;
                h.State = StreamStates.Interrupted;
                (h.LastError, h.LastErrorCode, h.LastErrorRequestId) = (InterruptedMessage(started ?? h.LastRunAt, storedAt), InterruptedCode, null);
                h.ConsecutiveFailures++;
                changed = true;
            }, cancellationToken);
            if (changed) await InterruptedRuns.CloseAsync(db, integration.Id, stream.Name, now, cancellationToken);
            return changed;
        }, cancellationToken);
    }

    private async Task<bool> MarkStaleAsync(Integration integration, StreamDefinition stream, CancellationToken cancellationToken)
    {
        return await WithLeaseAsync(integration.Id, stream.Name, async _ =>
        {
            var threshold = scheduler.Value.StaleBefore(stream, time.GetUtcNow().UtcDateTime);
            var changed = false;
            await health.UpdateAsync(integration, stream.Name, h =>
            {
                if (h.State != StreamStates.Healthy || !(h.LastSuccessAt < threshold)) return;
                h.State = StreamStates.Stale;
                (h.LastError, h.LastErrorCode, h.LastErrorRequestId) = (StaleMessage(h.LastSuccessAt!.Value, scheduler.Value.IntervalOf(stream)), StaleCode, null);
                changed = true;
            }, cancellationToken);
            return changed;
        }, cancellationToken);
    }

    private async Task<bool> WithLeaseAsync(string integrationId, string stream, Func<HomeBaseDbContext, Task<bool>> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lease = TimeSpan.FromSeconds(ingestion.Value.LeaseSeconds);
        if (!await StreamLease.TryTakeAsync(db, integrationId, stream, owner, time.GetUtcNow().UtcDateTime, lease, cancellationToken)) return false;
        try
        {
            return await change(db);
        }
        finally
        {
            await StreamLease.ReleaseAsync(db, integrationId, stream, owner);
        }
    }

    private static string InterruptedMessage(DateTime? started, DateTime? storedAt) =>
        $"The previous run{(started is { } s ? $" (started {s:yyyy-MM-dd HH:mm:ss} UTC)" : "")} stopped unexpectedly: its process ended before it finished. "
        + (storedAt is { } at
            ? $"Its last page was stored at {at:yyyy-MM-dd HH:mm:ss} UTC; the next run resumes from there."
            : "It stored no page; the next run starts from the beginning.");

    private static string StaleMessage(DateTime lastSuccess, TimeSpan interval) =>
        $"No run has succeeded since {lastSuccess:yyyy-MM-dd HH:mm:ss} UTC, although this stream runs every {interval.TotalMinutes:0.#} minutes.";
}
