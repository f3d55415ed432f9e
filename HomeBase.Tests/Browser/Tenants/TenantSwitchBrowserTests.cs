using HomeBase.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HomeBase.Tests.Browser.Tenants;

/// <summary>Someone in two tenants switches between them from the app bar, and every page follows.</summary>
[Trait("Category", "Browser")]
public sealed class TenantSwitchBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly HomeBaseApp app = new();

    [Fact]
    public async Task Owner_SwitchesTenantFromTheAppBar()
    {
        // A second tenant before set-up: the first owner owns every tenant.
        await app.CreateTenantAsync("Fabrikam Security");
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        var root = app.BaseAddress.ToString().TrimEnd('/');
        await BrowserFixture.CreateOwnerAsync(page, app, "ada@contoso.example");

        await page.GotoAsync(root + "/settings/users");
        await page.GetByTestId("users-table").WaitForAsync();
        Assert.Contains("in Default", await page.ContentAsync());

        var option = page.GetByRole(AriaRole.Button, new() { Name = "Fabrikam Security (owner)" });
        for (var attempt = 0; attempt < 30 && !await option.IsVisibleAsync(); attempt++)
        {
            // The menu opens once the circuit is up; a click before that is lost.
            await page.GetByTestId("tenant-menu").ClickAsync();
            await page.WaitForTimeoutAsync(300);
        }
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "tenant-menu-open.png") });
        await option.ClickAsync();

        await page.WaitForURLAsync(root + "/settings/users");
        await page.GetByText("in Fabrikam Security").WaitForAsync();
        Assert.Contains("Fabrikam Security · owner", await page.GetByTestId("tenant-menu").InnerTextAsync());
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
