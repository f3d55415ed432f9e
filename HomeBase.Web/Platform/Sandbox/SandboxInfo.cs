using System.Text.Json;
using HomeBase.Sandbox.Scenarios;

namespace HomeBase.Web.Platform.Sandbox;

/// <summary>What people and scripts need to try the sandbox: its URL, certificate and each tenant's credentials.</summary>
public static class SandboxInfo
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    public static string Json(EmbeddedSandboxSettings settings)
    {
        var scenario = Scenario.Load(settings.Options.ScenarioPath);
        var info = new
        {
            BaseUrl = settings.BaseUrl,
            CertificatePath = settings.CertificatePath,
            Cloud = "sandbox",
            Tenants = scenario.Tenants.Select(t => new
            {
                t.Name,
                t.Description,
                AzureTenantId = t.AzureTenantId,
                ClientId = t.ClientId,
                ClientSecret = t.Secrets.FirstOrDefault()?.Value,
                TokenEndpoint = $"{settings.BaseUrl}/{t.AzureTenantId}/oauth2/v2.0/token",
                // For Authentication:Mode = EntraId against the sandbox (README → Signing in with Entra ID).
                SignInApp = t.SignIn is { } app
                    ? new { app.ClientId, app.ClientSecret, People = app.People.Select(p => new { p.DisplayName, p.UserPrincipalName, p.AppRoles }) }
                    : null,
            }),
        };
        return JsonSerializer.Serialize(info, Options);
    }
}
