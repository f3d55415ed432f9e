using HomeBase.Core.Webhooks;
using HomeBase.Core.Integrations.Credentials;
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
            .WithTags("Webhooks")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        api.MapPost("/", async (HttpContext http, JsonRequestReader reader, WebhookEndpointService endpoints, CancellationToken ct) =>
            {
                var caller = ApiCaller.From(http);
                var read = await reader.ReadAsync<WebhookEndpointInput>(http.Request, ct);
                if (!read.Succeeded) return ApiProblems.From(read.Failure!);
                var created = await endpoints.CreateAsync(caller.TenantId, read.Value!, caller.Actor, ct);
                return created.Succeeded
                    ? TypedResults.Created($"/v1/webhook_endpoints/{created.Value!.Endpoint.Id}", WebhookEndpointResponse.From(created.Value.Endpoint, created.Value.Secret))
                    : ApiProblems.From(created.Failure!);
            })
            .WithName("CreateWebhookEndpoint").WithSummary("Add a webhook endpoint")
            .WithDescription("The answer carries the signing secret (whsec_…) this once. Events: " + string.Join(", ", WebhookEventTypes.All) +
                ". Each delivery is signed: HomeBase-Signature: t=<unix>,v1=<hex HMAC-SHA256 of \"t.body\">.")
            .Accepts<WebhookEndpointInput>("application/json").Produces<WebhookEndpointResponse>(StatusCodes.Status201Created).ProducesValidationProblem();

        api.MapGet("/", async (HttpContext http, WebhookEndpointService endpoints, CancellationToken ct) =>
                TypedResults.Ok(new WebhookEndpointListResponse("list",
                    [.. (await endpoints.ListAsync(ApiCaller.From(http).TenantId, ct)).Select(e => WebhookEndpointResponse.From(e))])))
            .WithName("ListWebhookEndpoints").WithSummary("List webhook endpoints");

        api.MapGet("/{id}", async (string id, HttpContext http, WebhookEndpointService endpoints, CancellationToken ct) =>
                await endpoints.GetAsync(ApiCaller.From(http).TenantId, id, ct) is { Succeeded: true } found
                    ? TypedResults.Ok(WebhookEndpointResponse.From(found.Value!))
                    : ApiProblems.From(Core.Platform.Common.Failure.NotFound("webhook endpoint")))
            .WithName("GetWebhookEndpoint").WithSummary("Read a webhook endpoint").ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPatch("/{id}", async (string id, HttpContext http, JsonRequestReader reader, WebhookEndpointService endpoints, CancellationToken ct) =>
            {
                var caller = ApiCaller.From(http);
                var read = await reader.ReadAsync<WebhookEndpointInput>(http.Request, ct);
                if (!read.Succeeded) return ApiProblems.From(read.Failure!);
                var updated = await endpoints.UpdateAsync(caller.TenantId, id, read.Value!, caller.Actor, ct);
                return updated.Succeeded ? TypedResults.Ok(WebhookEndpointResponse.From(updated.Value!)) : ApiProblems.From(updated.Failure!);
            })
            .WithName("UpdateWebhookEndpoint").WithSummary("Change an endpoint's URL, events or enabled flag")
            .Accepts<WebhookEndpointInput>("application/json").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/{id}/roll_secret", async (string id, HttpContext http, WebhookEndpointService endpoints, CancellationToken ct) =>
            {
                var caller = ApiCaller.From(http);
                var rolled = await endpoints.RollSecretAsync(caller.TenantId, id, caller.Actor, ct);
                return rolled.Succeeded ? TypedResults.Ok(WebhookEndpointResponse.From(rolled.Value!.Endpoint, rolled.Value.Secret)) : ApiProblems.From(rolled.Failure!);
            })
            .WithName("RollWebhookSecret").WithSummary("Replace the signing secret (the new one is shown once; the old one stops at once)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/{id}/deliveries", async (string id, HttpContext http, WebhookEndpointService endpoints, CancellationToken ct) =>
            {
                var tenantId = ApiCaller.From(http).TenantId;
                if (!(await endpoints.GetAsync(tenantId, id, ct)).Succeeded) return ApiProblems.From(Core.Platform.Common.Failure.NotFound("webhook endpoint"));
                var rows = await endpoints.RecentDeliveriesAsync(tenantId, id, 50, ct);
                return TypedResults.Ok(rows.Select(r => WebhookDeliveryResponse.From(r.Delivery, r.Event)).ToList());
            })
            .WithName("ListWebhookDeliveries").WithSummary("The endpoint's latest deliveries and their outcome").ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/{id}/test", async (string id, HttpContext http, WebhookEndpointService endpoints, CancellationToken ct) =>
            {
                var caller = ApiCaller.From(http);
                var sent = await endpoints.SendTestAsync(caller.TenantId, id, caller.Actor, ct);
                return sent.Succeeded ? TypedResults.Accepted($"/v1/webhook_endpoints/{id}/deliveries", new { delivery_id = sent.Value!.Id }) : ApiProblems.From(sent.Failure!);
            })
            .WithName("SendTestWebhook").WithSummary("Queue a webhook_endpoint.test event to this endpoint").ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/{id}/deliveries/{deliveryId}/resend", async (string id, string deliveryId, HttpContext http, WebhookEndpointService endpoints, CancellationToken ct) =>
            {
                var caller = ApiCaller.From(http);
                var resent = await endpoints.ResendAsync(caller.TenantId, id, deliveryId, caller.Actor, ct);
                return resent.Succeeded ? TypedResults.Accepted($"/v1/webhook_endpoints/{id}/deliveries", new { delivery_id = resent.Value!.Id }) : ApiProblems.From(resent.Failure!);
            })
            .WithName("ResendWebhookDelivery").WithSummary("Send an event to the endpoint again").ProducesProblem(StatusCodes.Status404NotFound);

        api.MapDelete("/{id}", async (string id, HttpContext http, WebhookEndpointService endpoints, CancellationToken ct) =>
            {
                var caller = ApiCaller.From(http);
                var deleted = await endpoints.DeleteAsync(caller.TenantId, id, caller.Actor, ct);
                return deleted.Succeeded ? TypedResults.NoContent() : ApiProblems.From(deleted.Failure!);
            })
            .WithName("DeleteWebhookEndpoint").WithSummary("Delete a webhook endpoint").ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }
}
