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
        // A page, not a line of plain text: the browser of the admin who is held back shows it as it shows the sign-in
        // page (the app's stylesheet and both themes), with how long to wait and the way back.
        http.Response.ContentType = "text/html; charset=utf-8";
        var dark = http.Request.Cookies[Dashboards.DashboardHosting.ThemeCookie] == "dark";
        await http.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8" />
              <meta name="viewport" content="width=device-width, initial-scale=1.0" />
              <title>Too many attempts · HomeBase</title>
              <style>
                body { margin: 0; padding: 0 1rem; font-family: Inter, "Segoe UI", Roboto, Arial, sans-serif; background: {{(dark ? "#10141c" : "#f5f7fb")}}; color: {{(dark ? "#e6e8ee" : "#1b1f27")}}; }
                main { max-width: 26rem; margin: 4rem auto; padding: 2rem; border-radius: 0.75rem; background: {{(dark ? "#1a2030" : "#ffffff")}}; }
                h1 { font-size: 1.5rem; font-weight: 500; margin: 0 0 0.75rem; }
                a { color: {{(dark ? "#7aa2f7" : "#1f3a68")}}; }
              </style>
            </head>
            <body>
              <main>
                <h1>Too many attempts</h1>
                <p>Too many sign-in or set-up attempts from this address. Wait {{seconds}} seconds, then try again.</p>
                <p><a href="/account/login">Back to sign-in</a></p>
              </main>
            </body>
            </html>
            """, cancellationToken);
    }
}
