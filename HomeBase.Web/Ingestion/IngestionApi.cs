using HomeBase.Core.ApiKeys;
using HomeBase.Core.Ingestion;
using HomeBase.Web.ApiKeys;
using HomeBase.Web.Platform.Api;

namespace HomeBase.Web.Ingestion;

/// <summary><c>/v1/integrations/{id}/streams</c> and <c>/sync</c>: each stream's health, and "sync now".</summary>
public static class IngestionApi
{
    public static IEndpointRouteBuilder MapIngestionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/integrations/{id}")
            .RequireAuthorization(ApiKeyDefaults.Policy)
            .RequireRateLimiting(ApiKeyDefaults.RateLimitPolicy)
            .WithTags("Ingestion")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/streams", GetStreamsAsync).WithName("ListIntegrationStreams").RequireScope(ApiKeyScopes.IntegrationsRead)
            .WithSummary("Each stream's ingestion health")
            .WithDescription("One object per stream of the catalog: state (pending, collecting, healthy, throttled, blocked, failing, stale, disabled), " +
                "records stored, last success and event times, lag, the last error with Microsoft's request id. The top-level state is the worst of the enabled streams.")
            .Produces<StreamListResponse>();

        api.MapPost("/sync", SyncAsync).WithName("SyncIntegration").RequireScope(ApiKeyScopes.IntegrationsWrite)
            .WithSummary("Sync now")
            .WithDescription("Queues an immediate run of every enabled stream, or of the one named by ?stream=; returns 202 with the streams queued.")
            .Produces<SyncResponse>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem();

        return app;
    }

    private static async Task<IResult> GetStreamsAsync(string id, HttpContext http, StreamHealthService health, CancellationToken cancellationToken)
    {
        var summary = await health.GetAsync(ApiCaller.From(http).TenantId, id, cancellationToken);
        return summary.Succeeded
            ? TypedResults.Ok(new StreamListResponse("list", id, summary.Value!.State, summary.Value.Streams))
            : ApiProblems.From(summary.Failure!);
    }

    private static async Task<IResult> SyncAsync(string id, HttpContext http, StreamHealthService health, CancellationToken cancellationToken, string? stream = null)
    {
        var queued = await health.RequestSyncAsync(ApiCaller.From(http).TenantId, id, stream, cancellationToken);
        return queued.Succeeded
            ? TypedResults.Accepted($"/v1/integrations/{id}/streams", new SyncResponse("sync", id, queued.Value!))
            : ApiProblems.From(queued.Failure!);
    }
}
