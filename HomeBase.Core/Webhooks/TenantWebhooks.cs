using HomeBase.Core.Access;
using HomeBase.Core.Platform.Common;

namespace HomeBase.Core.Webhooks;

/// <summary>Webhook endpoints as the pages reach them: admins and owners of the current tenant only.</summary>
public sealed class TenantWebhooks(WebhookEndpointService endpoints, AccessGuard guard)
{
    public async Task<Result<IReadOnlyList<WebhookEndpoint>>> ListAsync(TenantAccess access) =>
        await guard.RequireAsync(access, Roles.Admin) is { } refused ? refused : Result<IReadOnlyList<WebhookEndpoint>>.From(await endpoints.ListAsync(access.TenantId));

    public async Task<Result<EndpointWithSecret>> CreateAsync(TenantAccess access, WebhookEndpointInput input) =>
        await guard.RequireAsync(access, Roles.Admin) ?? await endpoints.CreateAsync(access.TenantId, input, access.Actor);

    public async Task<Result<WebhookEndpoint>> UpdateAsync(TenantAccess access, string id, WebhookEndpointInput input) =>
        await guard.RequireAsync(access, Roles.Admin) ?? await endpoints.UpdateAsync(access.TenantId, id, input, access.Actor);

    public async Task<Result<EndpointWithSecret>> RollSecretAsync(TenantAccess access, string id) =>
        await guard.RequireAsync(access, Roles.Admin) ?? await endpoints.RollSecretAsync(access.TenantId, id, access.Actor);

    public async Task<Result<WebhookDelivery>> SendTestAsync(TenantAccess access, string id) =>
        await guard.RequireAsync(access, Roles.Admin) ?? await endpoints.SendTestAsync(access.TenantId, id, access.Actor);

    public async Task<Result<WebhookDelivery>> ResendAsync(TenantAccess access, string id, string deliveryId) =>
        await guard.RequireAsync(access, Roles.Admin) ?? await endpoints.ResendAsync(access.TenantId, id, deliveryId, access.Actor);

    public async Task<Result<bool>> DeleteAsync(TenantAccess access, string id) =>
        await guard.RequireAsync(access, Roles.Admin) ?? await endpoints.DeleteAsync(access.TenantId, id, access.Actor);

    public async Task<Result<IReadOnlyList<(WebhookDelivery Delivery, WebhookEvent Event)>>> DeliveriesAsync(TenantAccess access, string id) =>
        await guard.RequireAsync(access, Roles.Admin) is { } refused ? refused : Result<IReadOnlyList<(WebhookDelivery Delivery, WebhookEvent Event)>>.From(await endpoints.RecentDeliveriesAsync(access.TenantId, id, 10));
}
