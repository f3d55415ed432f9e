using HomeBase.Core.ApiKeys;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Webhooks;
using HomeBase.Web.ApiKeys;
using HomeBase.Web.Platform.Api;

namespace HomeBase.Web.Webhooks;

/// <summary><c>/v1/webhook_endpoints</c>: where HomeBase POSTs its events, which ones, and their signing secret.</summary>
public static class WebhookEndpointsApi
{
    public static IEndpointRouteBuilder MapWebhookEndpointsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/webhook_endpoints")
            .RequireAuthorization(ApiKeyDefaults.Policy)
            .RequireRateLimiting(ApiKeyDefaults.RateLimitPolicy)
            .WithTags("Webhooks")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        api.MapPost("/", CreateAsync).WithName("CreateWebhookEndpoint").RequireScope(ApiKeyScopes.WebhooksWrite).WithSummary("Add a webhook endpoint")
            .WithDescription("The answer carries the signing secret (whsec_…) this once. Events: " + string.Join(", ", WebhookEventTypes.All) +
                ". Each delivery is signed: HomeBase-Signature: t=<unix>,v1=<hex HMAC-SHA256 of \"t.body\">.")
            .Accepts<WebhookEndpointInput>("application/json").Produces<WebhookEndpointResponse>(StatusCodes.Status201Created).ProducesValidationProblem();

        api.MapGet("/", ListAsync).WithName("ListWebhookEndpoints").RequireScope(ApiKeyScopes.WebhooksRead).WithSummary("List webhook endpoints");

        api.MapGet("/{id}", GetAsync).WithName("GetWebhookEndpoint").RequireScope(ApiKeyScopes.WebhooksRead).WithSummary("Read a webhook endpoint").ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPatch("/{id}", UpdateAsync).WithName("UpdateWebhookEndpoint").RequireScope(ApiKeyScopes.WebhooksWrite).WithSummary("Change an endpoint's URL, events or enabled flag")
            .Accepts<WebhookEndpointInput>("application/json").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/{id}/roll_secret", RollSecretAsync).WithName("RollWebhookSecret").RequireScope(ApiKeyScopes.WebhooksWrite)
            .WithSummary("Replace the signing secret (the new one is shown once; the old one stops at once)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/{id}/deliveries", ListDeliveriesAsync).WithName("ListWebhookDeliveries").RequireScope(ApiKeyScopes.WebhooksRead)
            .WithSummary("The endpoint's latest deliveries and their outcome").ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/{id}/test", SendTestAsync).WithName("SendTestWebhook").RequireScope(ApiKeyScopes.WebhooksWrite)
            .WithSummary("Queue a webhook_endpoint.test event to this endpoint").ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/{id}/deliveries/{deliveryId}/resend", ResendAsync).WithName("ResendWebhookDelivery").RequireScope(ApiKeyScopes.WebhooksWrite)
            .WithSummary("Send an event to the endpoint again").ProducesProblem(StatusCodes.Status404NotFound);

        api.MapDelete("/{id}", DeleteAsync).WithName("DeleteWebhookEndpoint").RequireScope(ApiKeyScopes.WebhooksWrite).WithSummary("Delete a webhook endpoint")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    private static async Task<IResult> CreateAsync(HttpContext http, JsonRequestReader reader, WebhookEndpointService endpoints, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(http);
        var read = await reader.ReadAsync<WebhookEndpointInput>(http.Request, cancellationToken);
        if (!read.Succeeded) return ApiProblems.From(read.Failure!);
        var created = await endpoints.CreateAsync(caller.TenantId, read.Value!, caller.Actor, cancellationToken);
        return created.Succeeded
            ? TypedResults.Created($"/v1/webhook_endpoints/{created.Value!.Endpoint.Id}", WebhookEndpointResponse.From(created.Value.Endpoint, created.Value.Secret))
            : ApiProblems.From(created.Failure!);
    }

    private static async Task<IResult> ListAsync(HttpContext http, WebhookEndpointService endpoints, CancellationToken cancellationToken) =>
        TypedResults.Ok(new WebhookEndpointListResponse("list",
            [.. (await endpoints.ListAsync(ApiCaller.From(http).TenantId, cancellationToken)).Select(e => WebhookEndpointResponse.From(e))]));

    private static async Task<IResult> GetAsync(string id, HttpContext http, WebhookEndpointService endpoints, CancellationToken cancellationToken) =>
        await endpoints.GetAsync(ApiCaller.From(http).TenantId, id, cancellationToken) is { Succeeded: true } found
            ? TypedResults.Ok(WebhookEndpointResponse.From(found.Value!))
            : ApiProblems.From(Failure.NotFound("webhook endpoint"));

    private static async Task<IResult> UpdateAsync(string id, HttpContext http, JsonRequestReader reader, WebhookEndpointService endpoints,
        CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(http);
        var read = await reader.ReadAsync<WebhookEndpointInput>(http.Request, cancellationToken);
        if (!read.Succeeded) return ApiProblems.From(read.Failure!);
        var updated = await endpoints.UpdateAsync(caller.TenantId, id, read.Value!, caller.Actor, cancellationToken);
        return updated.Succeeded ? TypedResults.Ok(WebhookEndpointResponse.From(updated.Value!)) : ApiProblems.From(updated.Failure!);
    }

    private static async Task<IResult> RollSecretAsync(string id, HttpContext http, WebhookEndpointService endpoints, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(http);
        var rolled = await endpoints.RollSecretAsync(caller.TenantId, id, caller.Actor, cancellationToken);
        return rolled.Succeeded ? TypedResults.Ok(WebhookEndpointResponse.From(rolled.Value!.Endpoint, rolled.Value.Secret)) : ApiProblems.From(rolled.Failure!);
    }

    private static async Task<IResult> ListDeliveriesAsync(string id, HttpContext http, WebhookEndpointService endpoints, CancellationToken cancellationToken)
    {
        var tenantId = ApiCaller.From(http).TenantId;
        if (!(await endpoints.GetAsync(tenantId, id, cancellationToken)).Succeeded) return ApiProblems.From(Failure.NotFound("webhook endpoint"));
        var rows = await endpoints.RecentDeliveriesAsync(tenantId, id, 50, cancellationToken);
        return TypedResults.Ok(rows.Select(r => WebhookDeliveryResponse.From(r.Delivery, r.Event)).ToList());
    }

    private static async Task<IResult> SendTestAsync(string id, HttpContext http, WebhookEndpointService endpoints, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(http);
        var sent = await endpoints.SendTestAsync(caller.TenantId, id, caller.Actor, cancellationToken);
        return sent.Succeeded ? TypedResults.Accepted($"/v1/webhook_endpoints/{id}/deliveries", new { delivery_id = sent.Value!.Id }) : ApiProblems.From(sent.Failure!);
    }

    private static async Task<IResult> ResendAsync(string id, string deliveryId, HttpContext http, WebhookEndpointService endpoints, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(http);
        var resent = await endpoints.ResendAsync(caller.TenantId, id, deliveryId, caller.Actor, cancellationToken);
        return resent.Succeeded
            ? TypedResults.Accepted($"/v1/webhook_endpoints/{id}/deliveries", new { delivery_id = resent.Value!.Id })
            : ApiProblems.From(resent.Failure!);
    }

    private static async Task<IResult> DeleteAsync(string id, HttpContext http, WebhookEndpointService endpoints, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(http);
        var deleted = await endpoints.DeleteAsync(caller.TenantId, id, caller.Actor, cancellationToken);
        return deleted.Succeeded ? TypedResults.NoContent() : ApiProblems.From(deleted.Failure!);
    }
}
