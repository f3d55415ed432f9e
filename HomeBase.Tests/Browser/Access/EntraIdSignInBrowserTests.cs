using HomeBase.Core.Access;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace HomeBase.Tests.Browser.Access;

/// <summary>
/// Entra ID mode, end to end in Chromium: Microsoft.Identity.Web runs the OpenID Connect code flow (with PKCE and
/// form_post) against the sandbox's Entra stand-in over HTTPS — discovery metadata, signing keys, authorize, the token
/// endpoint — and app roles become HomeBase roles.
/// </summary>
[Trait("Category", "Browser")]
public sealed class EntraIdSignInBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    // The sign-in app registered in the sandbox's contoso directory (HomeBase.Sandbox/Scenarios/tenants.json).
    public const string OperatorTenantId = "3c5f8a2e-6b1d-4e7a-9c0f-2d4b6a8e1c3f";
    public const string SignInClientId = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0";
    public const string SignInClientSecret = "Sbx8Q~contoso.HomeBase-sign-in-secret-01";

    private readonly EntraIdApp app = new();

    [Fact]
    public async Task AppRolesDecideWhatEachPersonMayDo()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new() { Width = 1280, Height = 800 },
            // The browser meets the sandbox's self-signed certificate as a user's browser meets Entra's; the app
            // itself pins it for its back-channel calls (metadata, keys, code redemption).
            IgnoreHTTPSErrors = true,
        });
        var page = await context.NewPageAsync();
        var root = app.BaseAddress.ToString().TrimEnd('/');

        // No set-up page in this mode: straight to sign-in with Microsoft.
        await page.GotoAsync(root + "/settings/users");
        Assert.Contains("/account/login", page.Url);
        await Shot(page, "01-login");
        await SignInAsAsync(page, "Olivia Owner");
        await page.WaitForURLAsync(root + "/settings/users");
        await page.GetByTestId("roles-in-entra").WaitForAsync();
        Assert.Equal("olivia@contoso.onmicrosoft.com", (await page.GetByTestId("signed-in-user").InnerTextAsync()).Trim());
        Assert.Equal(0, await page.GetByTestId("add-user").CountAsync());
        await Shot(page, "02-owner-users");

        var olivia = await app.QueryAsync(db => db.Users.Where(u => u.Email == "olivia@contoso.onmicrosoft.com")
            .Join(db.UserLogins, u => u.Id, l => l.UserId, (u, l) => new { u.Id, l.LoginProvider, l.ProviderKey }).SingleAsync());
        Assert.Equal("EntraId", olivia.LoginProvider);
        Assert.Equal($"{OperatorTenantId}/1a2b3c4d-0001-4e5f-8a9b-0c1d2e3f4a5b", olivia.ProviderKey);
        Assert.All(await app.QueryAsync(db => db.TenantMemberships.Where(m => m.UserId == olivia.Id).ToListAsync()),
            m => Assert.Equal(Roles.Owner, m.Role));

        // Signing out ends the Entra session too and comes back to HomeBase's sign-in page.
        await BrowserFixture.SignOutAsync(page);
        Assert.Contains("/account/login?signed_out=1", page.Url);

        await SignInAsAsync(page, "Vera Viewer");
        await page.WaitForURLAsync(root + "/");
        await page.GotoAsync(root + "/settings/api-keys");
        var refusal = page.GetByTestId("not-allowed");
        await refusal.WaitForAsync();
        Assert.Contains("yours is viewer", await refusal.InnerTextAsync());
        await BrowserFixture.SignOutAsync(page);

        // Someone in the directory without any HomeBase app role is told why and how to get one.
        await SignInAsAsync(page, "Nick Norole");
        var error = page.GetByTestId("login-error");
        await error.WaitForAsync();
        Assert.Contains("no HomeBase role", await error.InnerTextAsync());
        await Shot(page, "03-no-role");
        Assert.Equal(0, await app.QueryAsync(db => db.Users.CountAsync(u => u.Email == "nick@contoso.onmicrosoft.com")));
    }

    private static async Task SignInAsAsync(IPage page, string person)
    {
        await page.GetByTestId("sign-in-entra").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/oauth2/v2.0/authorize", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^" + person) }).ClickAsync();
    }

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"entra-{name}.png"), FullPage = true });

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    /// <summary>The app in Entra ID mode, signing in against the embedded sandbox's contoso directory.</summary>
    public sealed class EntraIdApp() : HomeBaseApp((builder, _) =>
    {
        builder.UseSetting("Authentication:Mode", "EntraId");
        builder.UseSetting("Authentication:Cloud", "sandbox");
        builder.UseSetting("AzureAd:TenantId", OperatorTenantId);
        builder.UseSetting("AzureAd:ClientId", SignInClientId);
        builder.UseSetting("AzureAd:ClientSecret", SignInClientSecret);
    });
}
