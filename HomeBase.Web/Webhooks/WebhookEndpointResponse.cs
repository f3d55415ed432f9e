using HomeBase.Core.Webhooks;

namespace HomeBase.Web.Webhooks;

/// <summary>A webhook endpoint as the API shows it; <c>secret</c> only in the answers that create or roll it.</summary>
public sealed record WebhookEndpointResponse(
    string Id, string Object, string Url, IReadOnlyList<string> EnabledEvents, bool Enabled, string? DisabledReason, DateTime CreatedAt, DateTime UpdatedAt,
    string? Secret)
{
    public static WebhookEndpointResponse From(WebhookEndpoint e, string? secret = null) =>
        new(e.Id, "webhook_endpoint", e.Url, e.EventList, e.Enabled, e.DisabledReason, e.CreatedAt, e.UpdatedAt, secret);
}
