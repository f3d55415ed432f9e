using System.Net;
using HomeBase.Core.Platform.Azure;
using HomeBase.Tests.Infrastructure;

namespace HomeBase.Tests.App.Sandbox;

/// <summary>The admin-consent page as Entra serves it: the requested permissions, Accept and Cancel, and the redirect back.</summary>
[Trait("Category", "App")]
public sealed class SandboxConsentTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private const string RedirectUri = "http://localhost:5080/integrations/consent-callback";

    [Fact]
    public async Task ConsentPage_ListsTheConfiguredPermissions()
    {
        var fabrikam = sandbox.Tenant("fabrikam");
        var html = await sandbox.Http.GetStringAsync(ConsentUrl(fabrikam.TenantId.ToString(), fabrikam.ClientId.ToString()));
        Assert.Contains("HLD HomeBase", html);
        Assert.Contains("SecurityAlert.Read.All", html);
        Assert.Contains("Machine.Read.All", html);
        Assert.Contains("Accept", html);
        Assert.Contains("Cancel", html);
    }

    [Fact]
    public async Task Accept_RedirectsWithAdminConsentTrueAndTokensCarryTheRoles()
    {
        var fabrikam = sandbox.Tenant("fabrikam");
        Assert.Empty(SandboxTokenTests.Roles(await sandbox.TokenAsync("fabrikam")));
        try
        {
            var response = await Decide(fabrikam.TenantId.ToString(), fabrikam.ClientId.ToString(), "accept");

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var location = response.Headers.Location!.ToString();
            Assert.StartsWith(RedirectUri + "?", location);
            Assert.Contains("admin_consent=True", location);
            Assert.Contains("state=wizard-42", location);
            Assert.Contains($"tenant={fabrikam.TenantId}", location);
            Assert.Contains("SecurityAlert.Read.All", SandboxTokenTests.Roles(await sandbox.TokenAsync("fabrikam")));
        }
        finally
        {
            await sandbox.ControlAsync(HttpMethod.Put, "/tenants/fabrikam/consent", new { consented = false });
        }
    }

    [Fact]
    public async Task Cancel_RedirectsWithAccessDeniedAndGrantsNothing()
    {
        var fabrikam = sandbox.Tenant("fabrikam");
        var response = await Decide(fabrikam.TenantId.ToString(), fabrikam.ClientId.ToString(), "cancel");
        Assert.Contains("error=access_denied", response.Headers.Location!.ToString());
        Assert.Empty(SandboxTokenTests.Roles(await sandbox.TokenAsync("fabrikam")));
    }

    [Fact]
    public async Task ConsentPage_ForAnUnknownApp_ShowsAADSTS700016()
    {
        var response = await sandbox.Http.GetAsync(ConsentUrl(sandbox.Tenant("fabrikam").TenantId.ToString(), Guid.NewGuid().ToString()));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("AADSTS700016", await response.Content.ReadAsStringAsync());
    }

    private static string ConsentUrl(string tenant, string clientId) =>
        $"/{tenant}/adminconsent?client_id={clientId}&redirect_uri={Uri.EscapeDataString(RedirectUri)}&state=wizard-42";

    private async Task<HttpResponseMessage> Decide(string tenant, string clientId, string decision)
    {
        using var client = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            SslOptions = new() { RemoteCertificateValidationCallback = CustomCaTrust.Validator(CustomCaTrust.LoadPem(sandbox.Server.CertificatePath)) },
        }) { BaseAddress = new Uri(sandbox.Server.BaseUrl) };
        return await client.PostAsync($"/{tenant}/adminconsent", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = clientId, ["redirect_uri"] = RedirectUri, ["state"] = "wizard-42", ["decision"] = decision,
        }));
    }
}
