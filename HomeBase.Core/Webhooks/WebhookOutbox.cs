using System.Text.Json;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Webhooks;

/// <summary>
/// Records an event and one pending delivery per subscribed endpoint in the caller's context, so they commit (or
/// not) with the change they describe; <see cref="WebhookDispatcher"/> sends them afterwards.
/// </summary>
public sealed class WebhookOutbox(TimeProvider time)
{
    public static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public async Task RecordAsync(HomeBaseDbContext db, string tenantId, string type, object data, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var webhookEvent = new WebhookEvent
        {
            Id = PrefixedId.New(WebhookEvent.IdPrefix, time), TenantId = tenantId, Type = type, CreatedAt = now,
            DataJson = JsonSerializer.Serialize(data, Json),
        };
        db.WebhookEvents.Add(webhookEvent);
        var endpoints = await db.WebhookEndpoints.AsNoTracking().Where(e => e.TenantId == tenantId && e.Enabled).ToListAsync(cancellationToken);
        foreach (var endpoint in endpoints.Where(e => e.EventList.Contains(type)))
        {
            db.WebhookDeliveries.Add(new WebhookDelivery
            {
                Id = PrefixedId.New(WebhookDelivery.IdPrefix, time), EventId = webhookEvent.Id, EndpointId = endpoint.Id, TenantId = tenantId,
                Status = DeliveryStatuses.Pending, NextAttemptAt = now, CreatedAt = now,
            });
        }
    }
}
