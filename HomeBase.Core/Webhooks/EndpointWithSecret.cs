namespace HomeBase.Core.Webhooks;

/// <summary>An endpoint with its signing secret, which is shown this once (on creation and on rolling).</summary>
public sealed record EndpointWithSecret(WebhookEndpoint Endpoint, string Secret);
