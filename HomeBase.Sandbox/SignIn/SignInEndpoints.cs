using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using HomeBase.Sandbox.Http;
using HomeBase.Sandbox.Tenants;
using HomeBase.Sandbox.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HomeBase.Sandbox.SignIn;

/// <summary>
/// People signing in to an app with OpenID Connect, as the Entra v2.0 endpoints serve it: discovery metadata, signing
/// keys, <c>authorize</c> (an account picker standing in for the password prompt), the authorization-code grant on the
/// token endpoint (with PKCE) and <c>logout</c>. It lets HomeBase's Entra ID sign-in mode run end to end on loopback.
/// </summary>
internal static class SignInEndpoints
{
    public static void MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", Metadata);
        app.MapGet("/{tenant}/discovery/v2.0/keys", (JwtIssuer issuer) => Results.Content(issuer.KeySet().ToJsonString(), "application/json"));
        app.MapGet("/{tenant}/oauth2/v2.0/authorize", ShowAccountPicker);
        app.MapPost("/{tenant}/oauth2/v2.0/authorize", SignInAsync).DisableAntiforgery();
        app.MapGet("/{tenant}/oauth2/v2.0/logout", SignOut);
    }

    private static IResult Metadata(string tenant, SandboxDirectory directory, SandboxServer server)
    {
        var target = directory.Resolve(tenant);
        if (target is null) return Results.Json(new { error = "invalid_tenant", error_description = $"AADSTS90002: Tenant '{tenant}' not found." }, statusCode: 400);
        var root = $"{server.BaseUrl}/{tenant}";
        return Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer(server, target),
            ["authorization_endpoint"] = $"{root}/oauth2/v2.0/authorize",
            ["token_endpoint"] = $"{root}/oauth2/v2.0/token",
            ["end_session_endpoint"] = $"{root}/oauth2/v2.0/logout",
            ["jwks_uri"] = $"{root}/discovery/v2.0/keys",
            ["response_types_supported"] = new[] { "code" },
            ["response_modes_supported"] = new[] { "query", "form_post" },
            ["subject_types_supported"] = new[] { "pairwise" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["scopes_supported"] = new[] { "openid", "profile", "email", "offline_access" },
            ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "client_secret_basic" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
            ["claims_supported"] = new[] { "sub", "iss", "aud", "exp", "iat", "nbf", "name", "preferred_username", "email", "oid", "tid", "roles", "nonce", "ver" },
            ["tenant_region_scope"] = "NA",
        });
    }

    private static IResult ShowAccountPicker(string tenant, HttpRequest request, SandboxDirectory directory)
    {
        var query = request.Query;
        var (app, error) = CheckRequest(directory, tenant, query["client_id"], query["redirect_uri"], query["response_type"], query["scope"]);
        if (app is null) return SandboxPages.Page("Sign in failed", $"<p class=\"error\">{SandboxPages.Encode(error)}</p>", 400);

        var carried = new StringBuilder();
        foreach (var name in CarriedParameters)
        {
            carried.Append($"<input type=\"hidden\" name=\"{name}\" value=\"{SandboxPages.Encode(query[name])}\">");
        }
        var accounts = new StringBuilder();
        foreach (var person in app.SignInApp!.People)
        {
            var roles = person.AppRoles.Count == 0 ? "no app role" : string.Join(", ", person.AppRoles);
            accounts.Append($"""<button type="submit" name="account" value="{person.ObjectId}" class="account">{SandboxPages.Encode(person.DisplayName)}<br><small>{SandboxPages.Encode(person.UserPrincipalName)} · {SandboxPages.Encode(roles)}</small></button>""");
        }
        var body = $"""
            <p>to continue to the app <code>{app.SignInApp.ClientId}</code> in <strong>{SandboxPages.Encode(app.DisplayName)}</strong></p>
            <form method="post">{carried}{accounts}</form>
            <p class="note">The sandbox signs in without a password: choosing a person stands for their credentials and MFA.</p>
            """;
        return SandboxPages.Page("Pick an account", body, 200);
    }

    private static async Task<IResult> SignInAsync(string tenant, HttpRequest request, SandboxDirectory directory, SignInCodes codes)
    {
        var form = await request.ReadFormAsync();
        var (app, error) = CheckRequest(directory, tenant, form["client_id"], form["redirect_uri"], form["response_type"], form["scope"]);
        if (app is null) return SandboxPages.Page("Sign in failed", $"<p class=\"error\">{SandboxPages.Encode(error)}</p>", 400);
        var person = app.SignInApp!.People.FirstOrDefault(p => p.ObjectId.ToString() == form["account"]);
        if (person is null) return SandboxPages.Page("Sign in failed", "<p class=\"error\">AADSTS50034: The user account does not exist in this directory.</p>", 400);

        var code = codes.Issue(new PendingSignIn(app, person, form["client_id"].ToString(), form["redirect_uri"].ToString(),
            NullIfEmpty(form["nonce"]), NullIfEmpty(form["code_challenge"])));
        var redirect = form["redirect_uri"].ToString();
        var state = form["state"].ToString();
        if (form["response_mode"] == "form_post")
        {
            // Entra answers form_post with a page that posts the code to the app at once.
            var fields = $"""<input type="hidden" name="code" value="{SandboxPages.Encode(code)}"><input type="hidden" name="state" value="{SandboxPages.Encode(state)}">""";
            return Results.Content($$"""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Working...</title></head>
                <body><form method="post" name="hiddenform" action="{{SandboxPages.Encode(redirect)}}">{{fields}}<noscript><button type="submit">Continue</button></noscript></form>
                <script>document.forms[0].submit();</script></body></html>
                """, "text/html; charset=utf-8");
        }
        var separator = redirect.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        return Results.Redirect($"{redirect}{separator}code={Uri.EscapeDataString(code)}&state={Uri.EscapeDataString(state)}");
    }

    /// <summary>The authorization-code grant of the token endpoint.</summary>
    public static IResult RedeemCode(string tenant, IFormCollection form, string? clientId, string? secret, SandboxDirectory directory,
        JwtIssuer issuer, SandboxServer server, SignInCodes codes, TimeProvider time)
    {
        var target = directory.Resolve(tenant);
        if (target is null) return EntraError.Result(90002, "invalid_request", 400, $"Tenant '{tenant}' not found.", time);
        if (target.SignInApp is not { } app || !Guid.TryParse(clientId, out var appId) || appId != app.ClientId)
        {
            return EntraError.Result(700016, "unauthorized_client", 400,
                $"Application with identifier '{clientId}' was not found in the directory '{target.DisplayName}'.", time);
        }
        if (secret != app.ClientSecret)
        {
            return EntraError.Result(7000215, "invalid_client", 401,
                $"Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '{app.ClientId}'.", time);
        }
        var pending = codes.Redeem(form["code"].ToString());
        if (pending is null || pending.Tenant != target || pending.ClientId != clientId)
        {
            return EntraError.Result(70008, "invalid_grant", 400,
                "The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.", time);
        }
        if (pending.RedirectUri != form["redirect_uri"].ToString())
        {
            return EntraError.Result(50011, "invalid_client", 400,
                $"The redirect URI '{form["redirect_uri"]}' specified in the request does not match the redirect URIs configured for the application.", time);
        }
        if (pending.CodeChallenge is not null && pending.CodeChallenge != Challenge(form["code_verifier"].ToString()))
        {
            return EntraError.Result(501481, "invalid_grant", 400, "The Code_Verifier does not match the code_challenge supplied in the authorization request.", time);
        }

        var issuerName = Issuer(server, target);
        var lifetime = (int)JwtIssuer.Lifetime.TotalSeconds - 1;
        return Results.Json(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["scope"] = "openid profile email",
            ["expires_in"] = lifetime,
            ["ext_expires_in"] = lifetime,
            ["access_token"] = issuer.IssueIdToken(issuerName, target.TenantId, "https://graph.microsoft.com", pending.Person, nonce: null),
            ["id_token"] = issuer.IssueIdToken(issuerName, target.TenantId, app.ClientId.ToString(), pending.Person, pending.Nonce),
        });
    }

    private static IResult SignOut(HttpRequest request)
    {
        var back = request.Query["post_logout_redirect_uri"].ToString();
        if (!Uri.TryCreate(back, UriKind.Absolute, out _)) return SandboxPages.Page("You signed out of your account", "<p>It's a good idea to close all browser windows.</p>", 200);
        var state = request.Query["state"].ToString();
        var separator = back.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        return Results.Redirect(state.Length == 0 ? back : $"{back}{separator}state={Uri.EscapeDataString(state)}");
    }

    private static readonly string[] CarriedParameters =
        ["client_id", "redirect_uri", "response_type", "response_mode", "scope", "state", "nonce", "code_challenge", "code_challenge_method"];

    private static (SandboxTenant? Tenant, string Error) CheckRequest(SandboxDirectory directory, string tenant, string? clientId,
        string? redirectUri, string? responseType, string? scope)
    {
        var target = directory.Resolve(tenant);
        if (target is null) return (null, $"AADSTS90002: Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.");
        if (target.SignInApp is null || !Guid.TryParse(clientId, out var id) || id != target.SignInApp.ClientId)
        {
            return (null, $"AADSTS700016: Application with identifier '{clientId}' was not found in the directory '{target.DisplayName}'.");
        }
        if (!Uri.TryCreate(redirectUri, UriKind.Absolute, out _)) return (null, "AADSTS900144: The request body must contain the following parameter: 'redirect_uri'.");
        if (responseType != "code") return (null, $"AADSTS700054: response_type '{responseType}' is not enabled for the application; the sandbox supports 'code'.");
        if (scope is null || !scope.Split(' ').Contains("openid")) return (null, "AADSTS900144: The 'scope' parameter must include 'openid'.");
        return (target, string.Empty);
    }

    private static string Issuer(SandboxServer server, SandboxTenant tenant) => $"{server.BaseUrl}/{tenant.TenantId}/v2.0";

    private static string Challenge(string verifier) => Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
