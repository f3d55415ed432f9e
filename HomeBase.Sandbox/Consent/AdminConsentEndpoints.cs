using System.Text;
using HomeBase.Sandbox.Http;
using HomeBase.Sandbox.Tenants;
using HomeBase.Sandbox.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HomeBase.Sandbox.Consent;

/// <summary>
/// <c>/{tenant}/adminconsent</c> as Entra serves it: the app's requested permissions with Accept and Cancel;
/// Accept consents them (tokens carry the roles from then on) and redirects with <c>admin_consent=True</c>.
/// </summary>
internal static class AdminConsentEndpoints
{
    public static void MapAdminConsent(this IEndpointRouteBuilder app)
    {
        app.MapGet("/{tenant}/adminconsent", Show);
        app.MapPost("/{tenant}/adminconsent", Decide).DisableAntiforgery();
    }

    private static IResult Show(string tenant, HttpRequest request, SandboxDirectory directory)
    {
        var (target, error) = Find(directory, tenant, request.Query["client_id"]);
        if (target is null) return SandboxPages.Page("Sign in failed", $"<p class=\"error\">{SandboxPages.Encode(error!)}</p>", 400);

        var permissions = new StringBuilder();
        foreach (var kind in Enum.GetValues<ResourceKind>())
        {
            var configured = target.ConfiguredPermissions(kind);
            if (configured.Count == 0) continue;
            permissions.Append($"<h3>{SandboxPages.Encode(kind == ResourceKind.Graph ? "Microsoft Graph" : kind == ResourceKind.Defender ? "WindowsDefenderATP" : "Azure Service Management")}</h3><ul>");
            foreach (var permission in configured) permissions.Append($"<li><code>{SandboxPages.Encode(permission)}</code> (Application)</li>");
            permissions.Append("</ul>");
        }
        var fields = $"""
            <input type="hidden" name="client_id" value="{SandboxPages.Encode(request.Query["client_id"])}">
            <input type="hidden" name="redirect_uri" value="{SandboxPages.Encode(request.Query["redirect_uri"])}">
            <input type="hidden" name="state" value="{SandboxPages.Encode(request.Query["state"])}">
            """;
        var body = $"""
            <p><strong>{SandboxPages.Encode(SandboxTenant.AppDisplayName)}</strong> ({target.ClientId}) in <strong>{SandboxPages.Encode(target.DisplayName)}</strong> is requesting permissions for your organization:</p>
            {permissions}
            <p class="note">Accepting grants these permissions to the app for every user in {SandboxPages.Encode(target.Domain)}.</p>
            <form method="post">{fields}
              <button type="submit" name="decision" value="accept" class="primary">Accept</button>
              <button type="submit" name="decision" value="cancel">Cancel</button>
            </form>
            """;
        return SandboxPages.Page("Permissions requested", body, 200);
    }

    private static async Task<IResult> Decide(string tenant, HttpRequest request, SandboxDirectory directory)
    {
        var form = await request.ReadFormAsync();
        var (target, error) = Find(directory, tenant, form["client_id"]);
        if (target is null) return SandboxPages.Page("Sign in failed", $"<p class=\"error\">{SandboxPages.Encode(error!)}</p>", 400);
        var redirect = form["redirect_uri"].ToString();
        var state = Uri.EscapeDataString(form["state"].ToString());
        var accepted = form["decision"] == "accept";
        if (accepted) target.GrantConsent();
        if (!Uri.TryCreate(redirect, UriKind.Absolute, out var uri))
        {
            return SandboxPages.Page(accepted ? "Permissions granted" : "Consent cancelled",
                accepted ? "<p>Admin consent was granted. You can close this window.</p>" : "<p>No permissions were granted.</p>", 200);
        }
        var separator = string.IsNullOrEmpty(uri.Query) ? "?" : "&";
        return Results.Redirect(accepted
            ? $"{redirect}{separator}admin_consent=True&tenant={target.TenantId}&state={state}"
            : $"{redirect}{separator}error=access_denied&error_description={Uri.EscapeDataString("AADSTS65004: User declined to consent to access the app.")}&state={state}");
    }

    private static (SandboxTenant? Tenant, string? Error) Find(SandboxDirectory directory, string tenant, string? clientId)
    {
        var target = directory.Resolve(tenant);
        if (target is null) return (null, $"AADSTS90002: Tenant '{tenant}' not found.");
        if (!Guid.TryParse(clientId, out var id) || id != target.ClientId)
        {
            return (null, $"AADSTS700016: Application with identifier '{clientId}' was not found in the directory '{target.DisplayName}'.");
        }
        return (target, null);
    }
}
