using System.Security.Claims;
using System.Text.Encodings.Web;
using HomeBase.Core.ApiKeys;
using HomeBase.Core.Platform.Common;
using HomeBase.Web.Platform.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace HomeBase.Web.ApiKeys;

/// <summary>Accepts <c>Authorization: Bearer hb_…</c>; answers 401 problem details otherwise.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyService apiKeys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string RefusalItem = "HomeBase.ApiKeyRefusal";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header)) return AuthenticateResult.NoResult();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.Fail("Not a bearer token.");

        var check = await apiKeys.AuthenticateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (check.Identity is not { } identity)
        {
            // The challenge tells the caller why: an expired or suspended key is not a typo.
            Context.Items[RefusalItem] = check.Refusal;
            return AuthenticateResult.Fail(check.Refusal ?? "Refused.");
        }

        List<Claim> claims =
        [
            new(ClaimTypes.Name, identity.Name),
            new(ApiKeyDefaults.KeyIdClaim, identity.KeyId),
            new(ApiKeyDefaults.TenantClaim, identity.TenantId),
            .. identity.Scopes.Select(scope => new Claim(ApiKeyDefaults.ScopeClaim, scope)),
        ];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        var failure = new Failure("unauthorized", 401, "Authentication required",
            Context.Items[RefusalItem] as string
            ?? "Send a valid API key as 'Authorization: Bearer hb_…'. Owners create keys under Settings → API keys (or with 'api-keys create').");
        return ApiProblems.From(failure).ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var failure = new Failure("forbidden", 403, "Forbidden", "This API key may not do that.");
        return ApiProblems.From(failure).ExecuteAsync(Context);
    }
}
