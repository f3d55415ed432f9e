using System.Security.Claims;
using HomeBase.Core.Access;
using HomeBase.Core.Platform.Azure;
using HomeBase.Core.Platform.Clouds;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

namespace HomeBase.Web.Access;

/// <summary>
/// Entra ID mode: Microsoft.Identity.Web signs people in with OpenID Connect against the operator's own app
/// registration (<c>AzureAd:*</c>). The sign-in lands in Identity's external cookie; <see cref="EntraAccountService"/>
/// then links it to a HomeBase account with the role of the person's app role, and the usual session cookie takes over,
/// so pages, memberships and "sign out everywhere" work the same in both modes.
/// </summary>
public static class EntraIdSignIn
{
    public const string SectionName = "AzureAd";
    private const string Scheme = OpenIdConnectDefaults.AuthenticationScheme;

    public static void AddEntraIdSignIn(this WebApplicationBuilder builder, AuthenticationBuilder authentication)
    {
        var section = builder.Configuration.GetSection(SectionName);
        foreach (var required in new[] { "TenantId", "ClientId", "ClientSecret" })
        {
            if (string.IsNullOrWhiteSpace(section[required]))
            {
                throw new InvalidOperationException($"Authentication:Mode is EntraId but {SectionName}:{required} is not set. See README → Signing in with Entra ID.");
            }
        }
        // No cookie scheme of its own: the result goes to Identity's external cookie (set below).
        authentication.AddMicrosoftIdentityWebApp(section, Scheme, cookieScheme: null);

        // Registered after Microsoft.Identity.Web's own configuration, so these win.
        builder.Services.AddOptions<OpenIdConnectOptions>(Scheme).Configure<ICloudCatalog, IOptions<AdminSignInOptions>>((options, clouds, signIn) =>
        {
            var cloud = clouds.Find(signIn.Value.Cloud)
                ?? throw new InvalidOperationException($"Authentication:Cloud '{signIn.Value.Cloud}' is not in the cloud catalog.");
            options.Authority = $"{cloud.AuthorityHost.AbsoluteUri.TrimEnd('/')}/{section["TenantId"]}/v2.0";
            options.SignInScheme = IdentityConstants.ExternalScheme;
            // The authorization-code flow with PKCE and the client secret: no implicit grant to enable on the registration.
            options.ResponseType = Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectResponseType.Code;
            options.UsePkce = true;
            // Keep Entra's claim names (tid, oid, roles) instead of the WS-Federation URIs .NET maps them to by default.
            options.MapInboundClaims = false;
            if (options.TokenHandler is Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler handler) handler.MapInboundClaims = false;
            options.TokenValidationParameters.NameClaimType = "name";
            options.TokenValidationParameters.RoleClaimType = "roles";
            // A single-tenant app: the issuer is exactly the one the tenant's metadata names.
            options.TokenValidationParameters.IssuerValidator = null;
            options.TokenValidationParameters.ValidateIssuer = true;
            if (cloud.CaCertificatePath is { Length: > 0 } caPath)
            {
                options.BackchannelHttpHandler = CustomCaTrust.Handler(CustomCaTrust.LoadPem(caPath));
            }
            var failed = options.Events.OnRemoteFailure;
            options.Events.OnRemoteFailure = async context =>
            {
                await failed(context);
                if (context.Result is not null) return;
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EntraIdSignIn))
                    .LogWarning(context.Failure, "Entra ID sign-in did not complete: {Reason}", context.Failure?.Message);
                // Cancelled at Entra, a stale correlation cookie, a refused token: back to the sign-in page with a reason.
                context.Response.Redirect("/account/login?error=entra_failed");
                context.HandleResponse();
            };
        });
    }

    public static void MapEntraIdSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet("/account/login/entra", Challenge).ExcludeFromDescription();
        app.MapGet("/account/login/entra/complete", CompleteAsync).ExcludeFromDescription();
    }

    private static IResult Challenge(string? returnUrl) => Results.Challenge(
        new AuthenticationProperties { RedirectUri = $"/account/login/entra/complete?returnUrl={Uri.EscapeDataString(SafeReturnUrl(returnUrl))}" },
        [Scheme]);

    /// <summary>Back from Entra ID: the ID token's person becomes (or finds) their HomeBase account, with their app role.</summary>
    private static async Task<IResult> CompleteAsync(HttpContext http, string? returnUrl, EntraAccountService accounts, SignInManager<HomeBaseUser> signIn,
        ILoggerFactory loggers)
    {
        var log = loggers.CreateLogger(typeof(EntraIdSignIn));
        var external = await http.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await http.SignOutAsync(IdentityConstants.ExternalScheme);
        var person = external.Succeeded ? ToIdentity(external.Principal) : null;
        if (person is null)
        {
            log.LogWarning("Entra ID sign-in returned without a usable identity (tid, oid and preferred_username are required)");
            return Results.LocalRedirect("/account/login?error=entra_failed");
        }
        var result = await accounts.SignInAsync(person, http.Connection.RemoteIpAddress?.ToString());
        if (result.Failure is { } failure)
        {
            log.LogWarning("Entra ID sign-in of {User} refused: {Code}", person.UserPrincipalName, failure.Code);
            return Results.LocalRedirect($"/account/login?error={failure.Code}");
        }
        await signIn.SignInAsync(result.Value!, isPersistent: false, authenticationMethod: EntraAccountService.LoginProvider);
        return Results.LocalRedirect(SafeReturnUrl(returnUrl));
    }

    /// <summary>The person an ID token describes, or null when it lacks the claims every Entra v2.0 ID token carries.</summary>
    internal static EntraIdentity? ToIdentity(ClaimsPrincipal principal)
    {
        string? Claim(string type) => principal.FindFirst(type)?.Value;
        var tenantId = Claim("tid");
        var objectId = Claim("oid");
        var userName = Claim("preferred_username") ?? Claim("email");
        if (tenantId is null || objectId is null || userName is null) return null;
        return new EntraIdentity(tenantId, objectId, userName, Claim("email"), Claim("name") ?? userName,
            [.. principal.FindAll("roles").Select(c => c.Value)]);
    }

    private static string SafeReturnUrl(string? returnUrl) => SignIn.Login.SafeReturnUrl(returnUrl);
}
