using HomeBase.Core.Webhooks;

namespace HomeBase.Web.Webhooks;

public sealed record WebhookDeliveryResponse(
    string Id, string EventId, string EventType, string Status, int Attempts, DateTime? LastAttemptAt, int? LastStatusCode, int? LastDurationMs,
    string? LastError, DateTime? NextAttemptAt)
{
    public static WebhookDeliveryResponse From(WebhookDelivery d, WebhookEvent e) => new(d.Id, e.Id, e.Type, d.Status, d.Attempts, d.LastAttemptAt,
        d.LastStatusCode, d.LastDurationMs, d.LastError, d.Status == DeliveryStatuses.Pending ? d.NextAttemptAt : null);
}
