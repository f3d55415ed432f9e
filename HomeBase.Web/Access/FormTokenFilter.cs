using Microsoft.AspNetCore.Antiforgery;

namespace HomeBase.Web.Access;

/// <summary>
/// For form posts handled by minimal endpoints that read no bound form parameter: the antiforgery middleware only
/// records its verdict for those, so without this a forged cross-site post would go through.
/// </summary>
public static class FormTokenFilter
{
    public static RouteHandlerBuilder RequireFormToken(this RouteHandlerBuilder endpoint) =>
        endpoint.WithMetadata(new RequireAntiforgeryTokenAttribute()).AddEndpointFilter(async (context, next) =>
        {
            var verdict = context.HttpContext.Features.Get<IAntiforgeryValidationFeature>();
            if (verdict is null || !verdict.IsValid)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Form expired",
                    detail: "The form's security token is missing or stale. Reload the page and try again.");
            }
            return await next(context);
        });
}
