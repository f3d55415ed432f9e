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
/// enabled streams), records <c>integration.health_changed</c> with it, for the webhooks to deliver.
/// </summary>
internal sealed class StreamHealthRecorder(IDbContextFactory<HomeBaseDbContext> contexts, AuditTrail audit, WebhookOutbox outbox)
{
    /// <summary>Applies <paramref name="apply"/> to the stream's row; the tenant and settings are the run's, not read again.</summary>
    public async Task UpdateAsync(Integration integration, string stream, Action<StreamHealth> apply, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var integrationId = integration.Id;
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
        if (health.State != StreamStates.Collecting) health.StateBeforeRun = null;
        var after = OverallState(rows, integration.Config);
        if (after != before)
        {
            audit.Record(db, integration.TenantId, Actor.System, "integration.health_changed", "integration", integrationId,
                new { state_before = before, state = after, stream, stream_state = health.State });
            await outbox.RecordAsync(db, integration.TenantId, WebhookEventTypes.HealthChanged,
                new { integration_id = integrationId, state_before = before, state = after, stream, stream_state = health.State }, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
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
