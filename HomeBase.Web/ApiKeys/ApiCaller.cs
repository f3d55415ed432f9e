using System.Security.Claims;
using HomeBase.Core.Platform.Common;

namespace HomeBase.Web.ApiKeys;

/// <summary>The tenant and audit identity of an API request.</summary>
public sealed record ApiCaller(string TenantId, Actor Actor)
{
    public static ApiCaller From(HttpContext context)
    {
        var user = context.User;
        var tenantId = user.FindFirstValue(ApiKeyDefaults.TenantClaim)
            ?? throw new InvalidOperationException("An API endpoint ran without API key authentication.");
        var actor = Actor.ForApiKey(
            user.FindFirstValue(ApiKeyDefaults.KeyIdClaim)!, user.Identity?.Name ?? "api key", context.Connection.RemoteIpAddress?.ToString());
        return new ApiCaller(tenantId, actor);
    }
}
