using HomeBase.Core.ApiKeys;
using System.Text.Json;
using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Integrations;
using HomeBase.Core.Integrations.Credentials;
using HomeBase.Core.Platform.Common;
using HomeBase.Web.ApiKeys;
using HomeBase.Web.Platform.Api;

namespace HomeBase.Web.Integrations;

/// <summary><c>/v1/integrations</c>: create, list, read, update and delete integrations with an API key.</summary>
public static class IntegrationsApi
{
    private const string IdempotencyHeader = "Idempotency-Key";

    public static IEndpointRouteBuilder MapIntegrationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/integrations")
            .RequireAuthorization(ApiKeyDefaults.Policy)
            .RequireRateLimiting(ApiKeyDefaults.RateLimitPolicy)
            .WithTags("Integrations")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        api.MapPost("/", CreateAsync).WithName("CreateIntegration").RequireScope(ApiKeyScopes.IntegrationsWrite)
            .WithSummary("Connect an Azure tenant")
            .WithDescription("Verifies the app registration live against the tenant, then creates the integration with the capability grid; " +
                "credentials Azure refuses give 422 naming the cause, and nothing is saved. With ?validate=true it only verifies and returns the grid. " +
                "The secret is encrypted at rest and never returned. Send an Idempotency-Key header to make retries safe.")
            .Accepts<CreateIntegrationRequest>("application/json")
            .Produces<IntegrationResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapGet("/", ListAsync).WithName("ListIntegrations").RequireScope(ApiKeyScopes.IntegrationsRead)
            .WithSummary("List the integrations of the API key's tenant")
            .WithDescription("Oldest first. Pass the last id of a page as starting_after to get the next one.");

        api.MapGet("/{id}", GetAsync).WithName("GetIntegration").RequireScope(ApiKeyScopes.IntegrationsRead).WithSummary("Read one integration");

        api.MapPatch("/{id}", UpdateAsync).WithName("UpdateIntegration").RequireScope(ApiKeyScopes.IntegrationsWrite)
            .WithSummary("Rename an integration or change what it ingests")
            .WithDescription("Only the fields present change. Credentials are changed by rotation, not here.")
            .Accepts<UpdateIntegrationRequest>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/{id}/verify", VerifyAsync).WithName("VerifyIntegration").RequireScope(ApiKeyScopes.IntegrationsWrite)
            .WithSummary("Re-run verification")
            .WithDescription("Checks the stored credentials, permissions, licences and subscriptions again and records the new grid and status.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/{id}/credentials", RotateAsync).WithName("RotateIntegrationSecret").RequireScope(ApiKeyScopes.CredentialsRotate)
            .WithSummary("Rotate the client secret (verify, then swap)")
            .WithDescription("Verifies the new secret first: it must get tokens and keep every enabled stream that is ready now ready. " +
                "Only then is it swapped in and the old one destroyed; a refused rotation changes nothing. The expiry is read from " +
                "Graph when the permissions allow, else taken from client_secret_expires_at. Delete the old secret in Azure afterwards.")
            .Accepts<RotateSecretRequest>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapDelete("/{id}", DeleteAsync).WithName("DeleteIntegration").RequireScope(ApiKeyScopes.IntegrationsWrite)
            .WithSummary("Delete an integration")
            .WithDescription("Destroys the stored credentials at once; data already ingested is kept until purged.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    private static async Task<IResult> CreateAsync(
        HttpContext http, JsonRequestReader reader, IntegrationService integrations, CancellationToken cancellationToken, bool? validate = null)
    {
        var caller = ApiCaller.From(http);
        if (validate == true) return await ValidateAsync(http, reader, integrations, caller, cancellationToken);
        var idempotencyKey = http.Request.Headers[IdempotencyHeader].ToString();
        if (idempotencyKey.Length > 0 && !IdempotencyKeys.IsValid(idempotencyKey))
        {
            return ApiProblems.From(new Failure("invalid_idempotency_key", 400, "Invalid Idempotency-Key",
                $"An Idempotency-Key is 1 to {IdempotencyKeys.MaxLength} printable ASCII characters without spaces, such as a UUID."));
        }

        var read = await reader.ReadAsync<CreateIntegrationRequest>(http.Request, cancellationToken);
        if (!read.Succeeded) return ApiProblems.From(read.Failure!);

        var idempotency = idempotencyKey.Length == 0 ? null : new IdempotencyContext(idempotencyKey, HashOf(caller.TenantId, read.Value!));
        var created = await integrations.CreateAsync(caller.TenantId, read.Value!, caller.Actor, idempotency, cancellationToken);
        if (!created.Succeeded) return ApiProblems.From(created.Failure!);

        if (created.Value!.Replayed) http.Response.Headers["Idempotent-Replayed"] = "true";
        var response = IntegrationResponse.From(created.Value.Integration);
        return TypedResults.Created($"/v1/integrations/{response.Id}", response);
    }

    /// <summary>Verifies without saving: 200 with the grid, or 422 when the credentials are refused.</summary>
    private static async Task<IResult> ValidateAsync(HttpContext http, JsonRequestReader reader, IntegrationService integrations, ApiCaller caller,
        CancellationToken cancellationToken)
    {
        var read = await reader.ReadAsync<CreateIntegrationRequest>(http.Request, cancellationToken);
        if (!read.Succeeded) return ApiProblems.From(read.Failure!);
        var verified = await integrations.ValidateAsync(caller.TenantId, read.Value!, cancellationToken);
        if (!verified.Succeeded) return ApiProblems.From(verified.Failure!);
        if (verified.Value!.CredentialFailure is { } refused) return ApiProblems.From(IntegrationFailures.CredentialsRejected(refused));
        return Results.Json(verified.Value, Core.Integrations.Verification.VerificationJson.Options);
    }

    private static async Task<IResult> VerifyAsync(string id, HttpContext http, IntegrationService integrations, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(http);
        var verified = await integrations.VerifyAsync(caller.TenantId, id, caller.Actor, cancellationToken);
        return verified.Succeeded ? TypedResults.Ok(IntegrationResponse.From(verified.Value!)) : ApiProblems.From(verified.Failure!);
    }

    private static async Task<IResult> ListAsync(
        HttpContext http, IntegrationService integrations, CancellationToken cancellationToken,
        int? limit = null, string? starting_after = null)
    {
        var caller = ApiCaller.From(http);
        var page = await integrations.ListAsync(caller.TenantId, limit ?? 20, starting_after, cancellationToken);
        if (!page.Succeeded) return ApiProblems.From(page.Failure!);

        var data = page.Value!.Items.Select(IntegrationResponse.From).ToList();
        var next = page.Value.HasMore ? data[^1].Id : null;
        return TypedResults.Ok(new IntegrationListResponse("list", data, page.Value.HasMore, next));
    }

    private static async Task<IResult> GetAsync(
        string id, HttpContext http, IntegrationService integrations, StreamHealthService streams, CancellationToken cancellationToken)
    {
        var tenantId = ApiCaller.From(http).TenantId;
        var integration = await integrations.GetAsync(tenantId, id, cancellationToken);
        if (!integration.Succeeded) return ApiProblems.From(integration.Failure!);
        // One integration carries its streams' summary (the list does not, to stay one query per page).
        var ingestion = await streams.GetAsync(tenantId, id, cancellationToken);
        return TypedResults.Ok(IntegrationResponse.From(integration.Value!) with { Ingestion = ingestion.Value });
    }

    private static async Task<IResult> UpdateAsync(
        string id, HttpContext http, JsonRequestReader reader, IntegrationService integrations, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(http);
        var read = await reader.ReadAsync<UpdateIntegrationRequest>(http.Request, cancellationToken);
        if (!read.Succeeded) return ApiProblems.From(read.Failure!);

        var updated = await integrations.UpdateAsync(caller.TenantId, id, read.Value!, caller.Actor, cancellationToken);
        return updated.Succeeded ? TypedResults.Ok(IntegrationResponse.From(updated.Value!)) : ApiProblems.From(updated.Failure!);
    }

    private static async Task<IResult> RotateAsync(
        string id, HttpContext http, JsonRequestReader reader, SecretRotation rotation, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(http);
        var read = await reader.ReadAsync<RotateSecretRequest>(http.Request, cancellationToken);
        if (!read.Succeeded) return ApiProblems.From(read.Failure!);

        var rotated = await rotation.RotateAsync(caller.TenantId, id, read.Value!, caller.Actor, cancellationToken);
        return rotated.Succeeded ? TypedResults.Ok(IntegrationResponse.From(rotated.Value!)) : ApiProblems.From(rotated.Failure!);
    }

    private static async Task<IResult> DeleteAsync(string id, HttpContext http, IntegrationService integrations, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(http);
        var deleted = await integrations.DeleteAsync(caller.TenantId, id, caller.Actor, cancellationToken);
        return deleted.Succeeded ? TypedResults.NoContent() : ApiProblems.From(deleted.Failure!);
    }

    /// <summary>
    /// Hashes the parsed request, so that the same request with other white space or field order is the same, with the
    /// client secret left out (the record keeps nothing derived from it; a retry that changed only the secret replays) and
    /// the HomeBase tenant put in (one body sent to two tenants leaves two unrelated hashes).
    /// </summary>
    internal static string HashOf(string tenantId, CreateIntegrationRequest request)
    {
        var body = JsonSerializer.SerializeToNode(request, ApiJson.Options)!.AsObject();
        (body["credentials"] as JsonObject)?.Remove("client_secret");
        body["homebase_tenant"] = tenantId;
        return Sha256Hex.Of(body.ToJsonString());
    }
}
