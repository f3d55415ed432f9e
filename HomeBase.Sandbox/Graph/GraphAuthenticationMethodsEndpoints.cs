using HomeBase.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HomeBase.Sandbox.Graph;

/// <summary>The authentication methods registration report (<c>reports/authenticationMethods/userRegistrationDetails</c>).</summary>
internal static class GraphAuthenticationMethodsEndpoints
{
    public static void MapGraphAuthenticationMethods(this IEndpointRouteBuilder app) =>
        app.MapGet($"{GraphLists.Version}/reports/authenticationMethods/userRegistrationDetails", UserRegistrationDetails);

    private static IResult UserRegistrationDetails(HttpContext context, GraphLists lists)
    {
        var caller = SandboxCaller.From(context);
        if (GraphAccess.Require(context, "AuditLog.Read.All") is { } denied) return denied;
        if (!caller.Tenant.HasEntraP1) return GraphAccess.NotLicensed(context, "Microsoft Entra ID P1");
        var query = ODataQuery.From(context.Request);
        if (query.Filter is not null) return ApiErrors.Graph(context, 400, "BadRequest", "The sandbox does not implement $filter on this report.");
        return lists.Positional(context, "userRegistrationDetails", "reports/authenticationMethods/userRegistrationDetails",
            caller.Tenant.Data.UserRegistrations(lists.Now), query, defaultTop: 100, maxTop: 999);
    }
}
