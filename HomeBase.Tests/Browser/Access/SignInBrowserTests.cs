using HomeBase.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HomeBase.Tests.Browser.Access;

/// <summary>As a new admin would: set up the owner, sign out, sign in again, and use an owner-only page.</summary>
[Trait("Category", "Browser")]
public sealed class SignInBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string Email = "ada@contoso.example";
    private const string Password = "Correct-Horse-9-Battery";

    private readonly HomeBaseApp app = new();

    [Fact]
    public async Task Owner_SetsUpSignsOutSignsInAndCreatesAnApiKey()
    {
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = 1280, Height = 800 } });
        var root = app.BaseAddress.ToString().TrimEnd('/');

        await page.GotoAsync(root + "/");
        Assert.EndsWith("/account/setup", page.Url);
        await page.FillAsync("#setup-token", app.SetupToken);
        await page.FillAsync("#display-name", "Ada Owner");
        await page.FillAsync("#email", Email);
        await page.FillAsync("#password", Password);
        await page.FillAsync("#confirm", Password);
        await Shot(page, "01-setup");
        await page.SetViewportSizeAsync(390, 844);
        await Shot(page, "01-setup-phone");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, "The set-up page scrolls sideways on a phone.");
        await page.SetViewportSizeAsync(1280, 800);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(root + "/");
        await page.GetByTestId("signed-in-user").WaitForAsync();
        Assert.Equal(Email, (await page.GetByTestId("signed-in-user").InnerTextAsync()).Trim());
        await Shot(page, "02-home");
        await ShootDarkAndPhoneAsync(page, root, "02-home", "first-step");

        // The home page's one obvious way in while nothing is connected: it opens the guided setup. (Followed by its
        // address: a click that lands while the page's circuit is still connecting can be lost; see the issue notes.)
        Assert.Equal("/integrations/new/azure", await page.GetByTestId("connect-azure").GetAttributeAsync("href"));
        await page.GotoAsync(root + "/integrations/new/azure");
        await page.GetByTestId("wizard").WaitForAsync();

        await BrowserFixture.SignOutAsync(page);
        await page.GotoAsync(root + "/settings/api-keys");
        Assert.Contains("/account/login?returnurl=%2fsettings%2fapi-keys", page.Url.ToLowerInvariant());

        await page.FillAsync("#email", Email);
        await page.FillAsync("#password", Password);
        await Shot(page, "03-sign-in");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(root + "/settings/api-keys");
        await page.GetByTestId("keys-table").WaitForAsync();
        await TypeWhenInteractiveAsync(page, page.GetByLabel("Name of the new key"), "ci-pipeline", page.GetByTestId("create-key"));
        await page.GetByTestId("create-key").ClickAsync();
        var key = page.GetByTestId("new-key");
        await key.WaitForAsync();
        Assert.Matches("hb_[0-9a-f]{64}", await key.InnerTextAsync());
        await Shot(page, "04-api-key");
        await ShootDarkAndPhoneAsync(page, root, "04-api-key", "keys-table");

        Assert.Equal(1, await app.QueryAsync(db => Task.FromResult(db.ApiKeys.Count(k => k.Name == "ci-pipeline"))));

        // The owner adds a viewer …
        await page.GotoAsync(root + "/settings/users");
        await page.GetByTestId("users-table").WaitForAsync();
        await TypeWhenInteractiveAsync(page, page.GetByLabel("Name"), "Val Viewer", page.GetByTestId("add-user"), requireEnabled: false);
        await page.GetByLabel("Email").FillAsync("val@contoso.example");
        await page.GetByLabel("First password").FillAsync(Password);
        await page.GetByTestId("add-user").ClickAsync();
        await page.GetByTestId("users-table").GetByText("val@contoso.example").WaitForAsync();
        await Shot(page, "05-users");

        // … who signs in and cannot reach the owner's and admins' pages.
        await BrowserFixture.SignOutAsync(page);
        await page.FillAsync("#email", "val@contoso.example");
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(root + "/");
        foreach (var adminPage in new[] { "/settings/api-keys", "/audit", "/settings/users" })
        {
            await page.GotoAsync(root + adminPage);
            var refusal = page.GetByTestId("not-allowed");
            await refusal.WaitForAsync();
            Assert.Contains("yours is viewer", await refusal.InnerTextAsync());
            Assert.Equal(0, await page.GetByTestId("create-key").CountAsync());
        }
        await Shot(page, "06-viewer-refused");
    }

    /// <summary>
    /// Typing into a server-rendered page before its circuit connects is lost when Blazor takes over; type, and
    /// if the button the text enables stays disabled, type again until it sticks.
    /// </summary>
    private static async Task TypeWhenInteractiveAsync(IPage page, ILocator input, string text, ILocator enabledByIt, bool requireEnabled = true)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            await input.FillAsync(string.Empty);
            await input.PressSequentiallyAsync(text);
            await page.WaitForTimeoutAsync(300);
            // A disabled button that needs more fields: wait until the typed value survives a re-render instead.
            // Either way the whole text must still be there: a re-render while typing can leave only part of it.
            if (await input.InputValueAsync() != text) continue;
            if (requireEnabled ? await enabledByIt.IsEnabledAsync() : attempt > 2) return;
        }
        throw new TimeoutException("The page never became interactive.");
    }

    /// <summary>The same page in the dark theme (the theme cookie the app bar's button sets), and at phone width without sideways scrolling.</summary>
    private static async Task ShootDarkAndPhoneAsync(IPage page, string root, string name, string readyTestId)
    {
        await page.Context.AddCookiesAsync([new Cookie { Name = "HomeBase.Theme", Value = "dark", Url = root }]);
        await page.ReloadAsync();
        await page.GetByTestId(readyTestId).WaitForAsync();
        await Shot(page, name + "-dark");
        await page.SetViewportSizeAsync(390, 844);
        await page.WaitForTimeoutAsync(300);
        await Shot(page, name + "-phone");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, $"The {name} page scrolls sideways on a phone.");
        await page.Context.AddCookiesAsync([new Cookie { Name = "HomeBase.Theme", Value = "light", Url = root }]);
        await page.SetViewportSizeAsync(1280, 800);
        await page.ReloadAsync();
    }

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"sign-in-{name}.png"), FullPage = true });

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
