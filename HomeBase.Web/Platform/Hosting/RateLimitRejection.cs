using System.Globalization;
using System.Threading.RateLimiting;
using HomeBase.Core.Platform.Common;
using HomeBase.Web.Platform.Api;
using Microsoft.AspNetCore.RateLimiting;

namespace HomeBase.Web.Platform.Hosting;

/// <summary>
/// What a refused request is told: 429 with Retry-After, as problem details on the API and in words on the sign-in and
/// set-up forms. Written here so that the status-code pages do not turn it into "Page not found".
/// </summary>
public static class RateLimitRejection
{
    public static async ValueTask WriteAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 60;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (http.Request.Path.StartsWithSegments("/v1"))
        {
            await ApiProblems.From(new Failure("rate_limited", 429, "Too many requests",
                $"This API key sent more requests than its limit allows. Retry after {seconds} s (the Retry-After header).")).ExecuteAsync(http);
            return;
        }
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync("Too many sign-in or set-up attempts from this address. Wait a minute, then try again.", cancellationToken);
    }
}
