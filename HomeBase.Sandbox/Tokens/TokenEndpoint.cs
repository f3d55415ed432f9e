using System.Text;
using HomeBase.Sandbox.Http;
using HomeBase.Sandbox.Tenants;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HomeBase.Sandbox.Tokens;

/// <summary><c>POST /{tenant}/oauth2/v2.0/token</c>: the client-credentials grant, with Entra's error codes.</summary>
internal static class TokenEndpoint
{
    public static void MapTokenEndpoint(this IEndpointRouteBuilder app) =>
        app.MapPost("/{tenant}/oauth2/v2.0/token", IssueAsync).DisableAntiforgery();

    private static async Task<IResult> IssueAsync(
        string tenant, HttpRequest request, SandboxDirectory directory, SandboxResources resources, JwtIssuer issuer, TimeProvider time,
        SandboxServer server, SignIn.SignInCodes codes)
    {
        if (!request.HasFormContentType) return EntraError.Result(900144, "invalid_request", 400, "The request body must contain the following parameter: 'grant_type'.", time);
        var form = await request.ReadFormAsync();
        var (clientId, secret) = ClientCredentials(request, form);

        if (form["grant_type"] == "authorization_code")
        {
            return SignIn.SignInEndpoints.RedeemCode(tenant, form, clientId, secret, directory, issuer, server, codes, time);
        }
        if (form["grant_type"] != "client_credentials")
        {
            return EntraError.Result(70003, "unsupported_grant_type", 400, "The app requested an unsupported grant type. The sandbox supports client_credentials.", time);
        }

        var target = directory.Resolve(tenant);
        if (target is null)
        {
            return EntraError.Result(90002, "invalid_request", 400,
                $"Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.", time);
        }
        if (!Guid.TryParse(clientId, out var appId) || appId != target.ClientId)
        {
            return EntraError.Result(700016, "unauthorized_client", 400,
                $"Application with identifier '{clientId}' was not found in the directory '{target.DisplayName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.", time);
        }
        if (string.IsNullOrEmpty(secret))
        {
            return EntraError.Result(7000218, "invalid_client", 401, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.", time);
        }

        var now = time.GetUtcNow();
        var matching = target.Secrets.FirstOrDefault(s => s.Value == secret);
        if (matching is null)
        {
            return EntraError.Result(7000215, "invalid_client", 401,
                $"Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '{target.ClientId}'.", time);
        }
        if (matching.EndDateTime <= now)
        {
            return EntraError.Result(7000222, "invalid_client", 401,
                $"The provided client secret keys for app '{target.ClientId}' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.", time);
        }

        var scope = form["scope"].ToString();
        var scopes = scope.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var resource = scopes.Length == 1 ? resources.FromScope(scopes[0]) : null;
        if (resource is null)
        {
            return EntraError.Result(70011, "invalid_scope", 400,
                $"The provided request must include a 'scope' input parameter. The provided value for the input parameter 'scope' is not valid. The scope {scope} is not valid. The scope must be a single resource's '.default' scope.", time);
        }
        if (resource.Kind == ResourceKind.Defender && !target.HasDefenderForEndpoint)
        {
            // Without a Defender for Endpoint licence the WindowsDefenderATP service principal is not in the tenant.
            return EntraError.Result(500011, "invalid_resource", 400,
                $"The resource principal named {scopes[0][..^"/.default".Length]} was not found in the tenant named {target.DisplayName}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.", time);
        }

        var audience = scopes[0][..^"/.default".Length].TrimEnd('/');
        if (resource.Kind == ResourceKind.ResourceManager && audience.StartsWith("https://management.", StringComparison.Ordinal)) audience += "/";
        var (token, expiresIn) = issuer.Issue(target, audience, target.GrantedRoles(resource.Kind));
        target.CountToken(matching);
        return Results.Json(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = expiresIn,
            ["ext_expires_in"] = expiresIn,
            ["access_token"] = token,
        });
    }

    /// <summary>The client id and secret from the body or from HTTP Basic authentication (RFC 6749 §2.3.1).</summary>
    internal static (string? ClientId, string? Secret) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
                var colon = decoded.IndexOf(':');
                if (colon > 0)
                {
                    return (Uri.UnescapeDataString(decoded[..colon]), Uri.UnescapeDataString(decoded[(colon + 1)..]));
                }
            }
            catch (FormatException)
            {
                // Fall through to the body.
            }
        }
        return (form["client_id"].ToString(), form["client_secret"].ToString());
    }
}
