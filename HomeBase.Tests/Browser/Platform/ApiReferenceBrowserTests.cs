using HomeBase.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HomeBase.Tests.Browser.Platform;

/// <summary>
/// The REST API's reference at <c>/api-docs</c>, in Chromium under the app's Content Security Policy: Scalar renders
/// the OpenAPI document's operations with nothing refused, in the light and the dark theme
/// (artifacts/screenshots/api-docs-*.png).
/// </summary>
[Trait("Category", "Browser")]
public sealed class ApiReferenceBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly HomeBaseApp app = new();
    private IBrowserContext context = null!;

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task ApiReference_RendersTheOperations_UnderTheContentSecurityPolicy(string theme)
    {
        var root = app.BaseAddress.ToString().TrimEnd('/');
        await context.AddCookiesAsync([new Cookie { Name = "HomeBase.Theme", Value = theme, Url = root }]);
        var page = await context.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") refused.Add(message.Text);
        };

        var response = await page.GotoAsync(root + "/api-docs");
        Assert.Equal(200, response!.Status);
        Assert.Contains("script-src 'self'", (await response.AllHeadersAsync())["content-security-policy"]);
        // The operations of the document, with their summaries, as Scalar lists them.
        var createIntegration = page.GetByText("/v1/integrations").First;
        await createIntegration.WaitForAsync(new() { Timeout = 60_000 });
        Assert.True(await page.Locator("#app").InnerTextAsync() is { Length: > 200 } text && text.Contains("integrations", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(theme == "dark", await page.EvaluateAsync<bool>("document.body.classList.contains('dark-mode')"));
        // HomeBase's reference, not an advertisement: no Scalar toolbar or AI agent.
        Assert.Equal(0, await page.GetByText("Deploy API").CountAsync());
        Assert.Equal(0, await page.GetByText("Ask AI").CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"api-docs-{theme}.png") });

        // Nothing was refused by the policy, and no script failed.
        Assert.True(refused.Count == 0, string.Join("\n", refused));
    }

    public async ValueTask InitializeAsync() =>
        context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 } });

    public async ValueTask DisposeAsync()
    {
        await context.CloseAsync();
        await app.DisposeAsync();
    }
}
