using HomeBase.Core.Webhooks;
using HomeBase.Core.Integrations.Credentials;
using HomeBase.Web.ApiKeys;
using HomeBase.Web.Platform.Api;

namespace HomeBase.Web.Webhooks;

public sealed record WebhookEndpointListResponse(string Object, IReadOnlyList<WebhookEndpointResponse> Data);
