using System.Text.Json;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;

namespace HomeBase.Core.Auditing;

/// <summary>
/// Adds audit entries to the same context as the change they describe, so that both are saved in one
/// transaction: no change without its entry, no entry without its change.
/// </summary>
public sealed class AuditTrail(TimeProvider time)
{
    private static readonly JsonSerializerOptions DetailsJson = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public void Record(HomeBaseDbContext db, string tenantId, Actor actor, string action, string targetType, string targetId, object? details = null)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            Id = PrefixedId.New(PrefixedId.AuditEntry, time),
            TenantId = tenantId,
            OccurredAt = time.GetUtcNow().UtcDateTime,
            ActorType = actor.Type,
            ActorId = actor.Id,
            ActorName = actor.Name,
            IpAddress = actor.IpAddress,
            Action = action,
            TargetType = targetType,
            TargetId = targetId,
            Details = details is null ? null : JsonSerializer.Serialize(details, DetailsJson),
        });
    }
}
