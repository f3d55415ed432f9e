namespace HomeBase.Web.Hosting;

/// <summary>
/// Browser-side hardening for the pages: a Content Security Policy that allows only what Blazor Server and
/// MudBlazor need (own scripts, the circuit's WebSocket, MudBlazor's inline styles), no framing, no sniffing.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            if (!context.Request.Path.StartsWithSegments("/v1") && !context.Request.Path.StartsWithSegments("/openapi"))
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XFrameOptions = "DENY";
            }
            return next(context);
        });
        return app;
    }
}
