using System.Net;
using Scalar.AspNetCore;

namespace HomeBase.Web.Platform.Api;

/// <summary>
/// <c>/api-docs</c>: the REST API's reference, rendered by Scalar from <c>/openapi/v1.json</c>. Scalar's own page
/// starts it with an inline script, which the app's Content Security Policy refuses; so HomeBase serves the page and
/// a same-origin starter (<c>js/api-docs.js</c>), and Scalar's script from under <see cref="AssetsPath"/>.
/// </summary>
public static class ApiReferenceEndpoints
{
    public const string Path = "/api-docs";

    /// <summary>Where Scalar's package serves its script (and its own page, which nobody links to).</summary>
    public const string AssetsPath = "/api-docs/scalar";

    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder app)
    {
        app.MapScalarApiReference(AssetsPath).ExcludeFromDescription().AllowAnonymous();
        app.MapGet(Path, (HttpContext context) =>
        {
            // The theme HomeBase's pages use (the app bar's switch), so the reference matches them.
            var theme = context.Request.Cookies[Dashboards.DashboardHosting.ThemeCookie] == "dark" ? "dark" : "light";
            return Results.Content(Page(theme), "text/html; charset=utf-8");
        }).ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    private static string Page(string theme) => $$"""
        <!doctype html>
        <html lang="en">
        <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>API reference · HomeBase</title>
            <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
        </head>
        <body data-theme="{{WebUtility.HtmlEncode(theme)}}">
            <main id="app"></main>
            <script src="{{AssetsPath}}/scalar.js"></script>
            <script src="/js/api-docs.js"></script>
        </body>
        </html>
        """;
}
