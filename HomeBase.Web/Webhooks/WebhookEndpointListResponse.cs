namespace HomeBase.Web.Webhooks;

public sealed record WebhookEndpointListResponse(string Object, IReadOnlyList<WebhookEndpointResponse> Data);
