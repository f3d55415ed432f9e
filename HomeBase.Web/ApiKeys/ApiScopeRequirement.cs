using HomeBase.Core.Platform.Common;
using HomeBase.Web.Platform.Api;

namespace HomeBase.Web.ApiKeys;

/// <summary>
/// An endpoint's scope: a key without it gets 403 naming the scope it lacks, before the endpoint reads the body or
/// touches anything.
/// </summary>
public static class ApiScopeRequirement
{
    public static RouteHandlerBuilder RequireScope(this RouteHandlerBuilder endpoint, string scope) =>
        endpoint
            .AddEndpointFilter(async (context, next) =>
                context.HttpContext.User.HasClaim(ApiKeyDefaults.ScopeClaim, scope)
                    ? await next(context)
                    : ApiProblems.From(new Failure("missing_scope", 403, "Missing scope",
                        $"This API key lacks the {scope} scope. An owner can create a key with it under Settings → API keys.",
                        Extensions: new Dictionary<string, object?> { ["missing_scope"] = scope })))
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithMetadata(new ApiScopeMetadata(scope));
}
