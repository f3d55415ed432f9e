using HomeBase.Sandbox.Http;
using Microsoft.AspNetCore.Http;

namespace HomeBase.Sandbox.Graph;

/// <summary>Graph's permission and licence refusals.</summary>
internal static class GraphAccess
{
    /// <summary>403 Authorization_RequestDenied unless the token carries one of <paramref name="roles"/>.</summary>
    public static IResult? Require(HttpContext context, params string[] roles) =>
        SandboxCaller.From(context).HasRole(roles)
            ? null
            : ApiErrors.Graph(context, 403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");

    public static IResult PremiumRequiredForSignIns(HttpContext context) =>
        ApiErrors.Graph(context, 403, "Authentication_RequestFromNonPremiumTenantOrB2CTenant",
            "Neither tenant is B2C or tenant doesn't have premium license");

    public static IResult NotLicensed(HttpContext context, string licence) =>
        ApiErrors.Graph(context, 403, "Forbidden", $"Your tenant is not licensed for this feature: {licence} is required.");
}
