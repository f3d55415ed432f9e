using HomeBase.Core.Auditing;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Integrations;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Core.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Ingestion;

/// <summary>
/// Changes one stream's health row and, when that changes the integration's overall state (the worst of its
/// enabled streams), records <c>integration.health_changed</c> with it, for the webhooks to deliver. The change is
/// announced from the state last announced (<see cref="Integration.IngestionState"/>), swapped conditionally in one
/// transaction with the event: two runs finishing at once can neither both miss the change nor both send it.
/// </summary>
internal sealed class StreamHealthRecorder(IDbContextFactory<HomeBaseDbContext> contexts, AuditTrail audit, WebhookOutbox outbox)
{
    /// <summary>Applies <paramref name="apply"/> to the stream's row; the tenant and settings are the run's, not read again.</summary>
    public Task UpdateAsync(Integration integration, string stream, Action<StreamHealth> apply, CancellationToken cancellationToken) =>
        UpdateAsync(integration, stream, apply, alongside: null, cancellationToken);

    /// <summary>
    /// Applies <paramref name="apply"/> to the stream's row and commits it in one transaction with what
    /// <paramref name="alongside"/> writes (a run's history row, its lease given back), so a run ends in one commit.
    /// </summary>
    public async Task UpdateAsync(Integration integration, string stream, Action<StreamHealth> apply,
        Func<HomeBaseDbContext, Task>? alongside, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        string state;
        if (alongside is null)
        {
            state = (await ApplyAsync(db, integration.Id, stream, apply, cancellationToken)).State;
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            state = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var health = await ApplyAsync(db, integration.Id, stream, apply, cancellationToken);
                await alongside(db);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return health.State;
            });
        }
        await AnnounceAsync(db, integration, stream, state, cancellationToken);
    }

    private static async Task<StreamHealth> ApplyAsync(HomeBaseDbContext db, string integrationId, string stream, Action<StreamHealth> apply,
        CancellationToken cancellationToken)
    {
        var health = await db.StreamHealth.SingleOrDefaultAsync(h => h.IntegrationId == integrationId && h.Stream == stream, cancellationToken);
        if (health is null)
        {
            health = new StreamHealth { IntegrationId = integrationId, Stream = stream, State = StreamStates.Pending };
            db.StreamHealth.Add(health);
        }
        apply(health);
        if (health.State != StreamStates.Collecting) health.StateBeforeRun = null;
        return health;
    }

    /// <summary>Records the overall state's change, if there is one, from the last one announced.</summary>
    private async Task AnnounceAsync(HomeBaseDbContext db, Integration integration, string stream, string streamState, CancellationToken cancellationToken)
    {
        var integrationId = integration.Id;
        // The state announced is read before the rows, and swapped only if it is still that: the rows are then newer
        // than any announcement, and a lost swap (another writer announced in between) reads both again.
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var done = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                var announced = await db.Integrations.Where(i => i.Id == integrationId).Select(i => i.IngestionState).SingleOrDefaultAsync(cancellationToken);
                var rows = await db.StreamHealth.AsNoTracking().Where(h => h.IntegrationId == integrationId)
                    .Select(h => new StreamHealth { IntegrationId = h.IntegrationId, Stream = h.Stream, State = h.State, StateBeforeRun = h.StateBeforeRun })
                    .ToListAsync(cancellationToken);
                var (before, after) = (announced ?? StreamStates.Pending, OverallState(rows, integration.Config));
                // Most writes change nothing overall: they are answered by two reads, without taking the database's
                // write lock. The reads need no transaction: the swap below is conditional on what was read.
                if (after == before) return true;
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var changed = await db.Integrations.Where(i => i.Id == integrationId && i.IngestionState == announced)
                    .ExecuteUpdateAsync(u => u.SetProperty(i => i.IngestionState, after), cancellationToken);
                if (changed == 0) return false;
                audit.Record(db, integration.TenantId, Actor.System, "integration.health_changed", "integration", integrationId,
                    new { state_before = before, state = after, stream, stream_state = streamState });
                await outbox.RecordAsync(db, integration.TenantId, WebhookEventTypes.HealthChanged,
                    new { integration_id = integrationId, state_before = before, state = after, stream, stream_state = streamState }, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return true;
            });
            if (done) return;
        }
    }

    /// <summary>
    /// The integration's state for events: a stream in a run counts as the state it started from (healthy when that is
    /// not known), so a run starting is no event and a failing, interrupted or stale stream that recovers is one.
    /// </summary>
    private static string OverallState(IEnumerable<StreamHealth> rows, IntegrationConfig config)
    {
        var states = rows.ToDictionary(r => r.Stream, r => r.State == StreamStates.Collecting ? r.StateBeforeRun ?? StreamStates.Healthy : r.State);
        return IngestionSummary.WorstOf(StreamCatalog.All.Where(s => s.IsEnabledBy(config)).Select(s => states.GetValueOrDefault(s.Name, StreamStates.Pending)));
    }
}
