using HomeBase.Core.Access;
using HomeBase.Core.Platform.Clouds;
using HomeBase.Web.Access;

namespace HomeBase.Web.Platform.Hosting;

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
        // Lazily: in Entra ID mode the sign-in host comes from the cloud catalog, which the embedded sandbox completes at start.
        var policy = new Lazy<string>(() => PolicyFor(app));
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            if (!context.Request.Path.StartsWithSegments("/v1") && !context.Request.Path.StartsWithSegments("/openapi"))
            {
                headers.ContentSecurityPolicy = policy.Value;
                headers.XFrameOptions = "DENY";
            }
            return next(context);
        });
        return app;
    }

    /// <summary>
    /// In Entra ID mode signing out is a form post that Entra's sign-out page continues; form-action applies to the
    /// redirect, so the sign-in host is allowed there and nowhere else.
    /// </summary>
    private static string PolicyFor(WebApplication app)
    {
        if (AccessHosting.SignInModeOf(app.Configuration) != SignInMode.EntraId) return ContentSecurityPolicy;
        var cloudName = app.Configuration.GetSection(AdminSignInOptions.SectionName).Get<AdminSignInOptions>()?.Cloud ?? "global";
        var cloud = app.Services.GetRequiredService<ICloudCatalog>().Find(cloudName);
        return cloud is null
            ? ContentSecurityPolicy
            : ContentSecurityPolicy.Replace("form-action 'self'", $"form-action 'self' {cloud.AuthorityHost.GetLeftPart(UriPartial.Authority)}", StringComparison.Ordinal);
    }
}
