using HomeBase.Core.Access;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HomeBase.Tests.Browser.Access;

/// <summary>
/// An owner's API keys tab stays open while another owner takes the role away or ends the sessions: within the
/// revalidation interval (a second here) the open tab refuses, without anyone reloading it.
/// </summary>
[Trait("Category", "Browser")]
public sealed class OpenTabRevocationBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly HomeBaseApp app = new AppRevalidatingEverySecond();

    [Fact]
    public async Task DemotedOwner_OpenApiKeysTab_ShowsTheRefusalWithinTheInterval()
    {
        var (ada, bob, page) = await BobOnTheApiKeysTabAsync();

        using (var scope = app.Services.CreateScope())
        {
            var changed = await scope.ServiceProvider.GetRequiredService<MemberService>().ChangeRoleAsync(ada, bob.UserId, Roles.Viewer);
            Assert.True(changed.Succeeded, changed.Failure?.Detail);
        }

        var refusal = page.GetByTestId("not-allowed");
        await refusal.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains("yours is viewer", await refusal.InnerTextAsync());
        Assert.Equal(0, await page.GetByTestId("create-key").CountAsync());
        Assert.EndsWith("/settings/api-keys", page.Url);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "revocation-demoted.png"), FullPage = true });
    }

    [Fact]
    public async Task EndedSessions_OpenApiKeysTab_LeadsToSignInWithinTheInterval()
    {
        var (ada, bob, page) = await BobOnTheApiKeysTabAsync();

        using (var scope = app.Services.CreateScope())
        {
            var ended = await scope.ServiceProvider.GetRequiredService<MemberService>().EndSessionsAsync(ada, bob.UserId);
            Assert.True(ended.Succeeded, ended.Failure?.Detail);
        }

        await page.WaitForURLAsync(url => url.Contains("/account/login", StringComparison.Ordinal), new() { Timeout = 15_000 });
        Assert.Equal(0, await app.QueryAsync(db => db.ApiKeys.CountAsync()));
    }

    /// <summary>Ada sets HomeBase up; Bob, a second owner of the default tenant, signs in and opens Settings → API keys.</summary>
    private async Task<(TenantAccess Ada, TenantAccess Bob, IPage Page)> BobOnTheApiKeysTabAsync()
    {
        var adaPage = await browser.Browser.NewPageAsync();
        await BrowserFixture.CreateOwnerAsync(adaPage, app, "ada@contoso.example");
        await adaPage.Context.CloseAsync();
        var tenantId = await app.QueryAsync(db => db.Tenants.Select(t => t.Id).SingleAsync());
        var adaId = await app.QueryAsync(db => db.Users.Where(u => u.Email == "ada@contoso.example").Select(u => u.Id).SingleAsync());
        var ada = new TenantAccess(adaId, "ada@contoso.example", tenantId, "Default", Roles.Owner, "127.0.0.1");
        var bob = await TestMembers.AddAsync(app.Services, tenantId, Roles.Owner, "bob@contoso.example", "Bob Owner");

        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        var root = app.BaseAddress.ToString().TrimEnd('/');
        await page.GotoAsync(root + "/account/login?returnUrl=%2Fsettings%2Fapi-keys");
        await page.FillAsync("#email", "bob@contoso.example");
        await page.FillAsync("#password", TestMembers.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(root + "/settings/api-keys");
        await page.GetByTestId("keys-table").WaitForAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        // The live page answers as an owner's: typing a name enables "Create key".
        var name = page.GetByLabel("Name of the new key");
        for (var attempt = 0; attempt < 20 && !await page.GetByTestId("create-key").IsEnabledAsync(); attempt++)
        {
            await name.FillAsync(string.Empty);
            await name.PressSequentiallyAsync("ci-pipeline");
            await page.WaitForTimeoutAsync(300);
        }
        Assert.True(await page.GetByTestId("create-key").IsEnabledAsync());
        return (ada, bob, page);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private sealed class AppRevalidatingEverySecond() : HomeBaseApp((builder, _) =>
        builder.UseSetting("Authentication:SessionRevalidationInterval", "00:00:01"));
}
