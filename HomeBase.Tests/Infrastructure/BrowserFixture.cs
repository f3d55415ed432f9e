using Microsoft.Playwright;

namespace HomeBase.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser download works here), headless, one per test class.
/// Screenshots go to the test output's <c>artifacts/screenshots</c> folder.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotDirectory { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots")).FullName;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Browser tests need Debian's Chromium at {ChromiumPath}: run ./test, which installs it (or apt-get install chromium).");
        }
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>The one-time set-up of a fresh HomeBase, through its page: the owner account, signed in, on the home page.</summary>
    public static async Task CreateOwnerAsync(IPage page, HomeBaseApp app, string email, string displayName = "Ada Owner")
    {
        var root = app.BaseAddress.ToString().TrimEnd('/');
        await page.GotoAsync(root + "/account/setup");
        await page.FillAsync("#setup-token", app.SetupToken);
        await page.FillAsync("#display-name", displayName);
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", "Correct-Horse-9-Battery");
        await page.FillAsync("#confirm", "Correct-Horse-9-Battery");
        await page.ClickAsync("button[type=submit]");
        // Home, or the Overview it opens when the tenant already has an integration.
        await page.WaitForURLAsync(url => url == root + "/" || url == root + "/overview");
    }

    /// <summary>
    /// Waits until the page's server circuit is up (the app's JS initializer marks the document). Before that, Blazor
    /// may swap the prerendered markup for the live one under a click, and the click is lost.
    /// </summary>
    public static Task WaitForInteractiveAsync(IPage page) =>
        page.Locator("html[data-interactive=server]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });

    /// <summary>Signs out with the app bar's button once the page is interactive, and waits for the sign-in page.</summary>
    public static async Task SignOutAsync(IPage page)
    {
        await WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/account/login", StringComparison.Ordinal), new() { Timeout = 60_000 });
    }

    /// <summary>Clicks until the page reacts: a click that lands before the circuit is interactive does nothing.</summary>
    public static async Task ClickUntilAsync(ILocator target, ILocator effect)
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            await target.ClickAsync();
            try
            {
                await effect.First.WaitForAsync(new() { Timeout = 1000 });
                return;
            }
            catch (TimeoutException)
            {
                // Not interactive yet.
            }
        }
        throw new TimeoutException("The page never reacted to the click.");
    }

    /// <summary>
    /// The wizard's "Check credentials", clicked until the check starts (its button disables and a spinner shows; a
    /// click during a re-render, such as after the window is resized, is lost), then waits for the permission table.
    /// </summary>
    public static async Task CheckCredentialsAsync(IPage page)
    {
        await ClickUntilAsync(page.GetByTestId("check-credentials"), page.Locator("[aria-label=Checking], [data-testid=permission-table]"));
        await page.GetByTestId("permission-table").WaitForAsync(new() { Timeout = 60_000 });
    }

    /// <summary>From the wizard's sandbox tenants to "Review and save" with the Contoso sandbox app, every check passing.</summary>
    public static async Task WalkContosoToReviewAsync(IPage page)
    {
        await ClickUntilAsync(page.GetByTestId("use-contoso"), page.GetByText("Register \"HLD HomeBase\""));
        await page.GetByTestId("wizard-next").ClickAsync();
        await page.Locator("#client-secret").WaitForAsync();
        await WalkFromCredentialsToReviewAsync(page);
    }

    /// <summary>From the wizard's credentials step (filled in) to "Review and save", every check passing.</summary>
    public static async Task WalkFromCredentialsToReviewAsync(IPage page)
    {
        await CheckCredentialsAsync(page);
        await page.GetByTestId("wizard-next").ClickAsync();
        await page.GetByTestId("consent-ok").WaitForAsync();
        await page.GetByTestId("wizard-next").ClickAsync();
        await page.GetByTestId("toggle-ingest_entra_id").WaitForAsync();
        await page.GetByTestId("wizard-next").ClickAsync();
        await page.GetByTestId("review").WaitForAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
    }
}
