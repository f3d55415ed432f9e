using System.Globalization;
using System.Text.RegularExpressions;
using HomeBase.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HomeBase.Tests.Browser.Ingestion;

/// <summary>
/// A first sync as the admin who just connected watches it on the integration page, in Chromium: each stream says
/// how many records it has so far, how many of the backfill's days it has read and about how long is left, and the
/// progress goes when the stream is synced. Photographed in both themes and on a phone (first-sync-*.png).
/// </summary>
[Trait("Category", "Browser")]
public sealed partial class FirstSyncProgressBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly SlowFirstSyncApp app = new();
    private IBrowserContext context = null!;
    private IPage page = null!;
    private string root = "";

    /// <summary>The scheduler on, a month of 40,000 sign-ins read 100 at a time, and a pause at each commit: a first sync long enough to watch.</summary>
    private sealed class SlowFirstSyncApp() : HomeBaseApp((builder, _) =>
    {
        builder.UseSetting("Ingestion:Scheduler:Enabled", "true");
        builder.UseSetting("Ingestion:Scheduler:TickSeconds", "1");
        builder.UseSetting("Sandbox:SignIns", "40000");
        builder.UseSetting("Ingestion:MaxPageSize", "100");
        builder.UseSetting("Ingestion:PauseBeforePageCommitMs", "250");
    });

    [Fact]
    public async Task FirstSync_ShowsRecordsSoFar_DaysRead_AndTimeLeft_ThenGoes()
    {
        await BrowserFixture.CreateOwnerAsync(page, app, "ada-first-sync@contoso.example", "Ada Admin");
        await page.GotoAsync(root + "/integrations/new/azure");
        await BrowserFixture.ClickUntilAsync(page.GetByTestId("cloud-sandbox"), page.GetByText("Sandbox tenants"));
        await BrowserFixture.WalkContosoToReviewAsync(page);
        await page.GetByTestId("wizard-save").ClickAsync();
        await page.WaitForURLAsync(new Regex("/integrations/int_[0-9a-z]+$"));
        var integrationPage = page.Url;

        // The sign-ins' first sync, as the page refreshes itself: records so far, days of the 7-day backfill read.
        var signIns = page.Locator("[data-testid=first-sync-progress][data-stream=sign_ins]");
        await signIns.WaitForAsync(new() { Timeout = 60_000 });
        await page.ScreenshotAsync(new() { Path = Shot("light"), FullPage = true });
        await context.AddCookiesAsync([new Cookie { Name = "HomeBase.Theme", Value = "dark", Url = root }]);
        await page.GotoAsync(integrationPage);
        await signIns.WaitForAsync();
        var first = await SignInsSoFarAsync(signIns);
        await Assertions.Expect(signIns.GetByTestId("first-sync-text")).ToContainTextAsync(new Regex(@"of 7 days read"), new() { Timeout = 30_000 });
        // …and it moves: a later refresh has more records.
        await page.WaitForFunctionAsync(
            "([selector, before]) => { const e = document.querySelector(selector); const m = e && e.innerText.match(/([\\d,]+) records? so far/); return m && Number(m[1].replaceAll(',', '')) > before; }",
            new object[] { "[data-testid=first-sync-progress][data-stream=sign_ins] [data-testid=first-sync-text]", first },
            new() { Timeout = 60_000 });
        await Assertions.Expect(signIns.GetByTestId("first-sync-text")).ToContainTextAsync(new Regex(@"about .+ left"), new() { Timeout = 30_000 });
        await Assertions.Expect(signIns.GetByRole(AriaRole.Progressbar)).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Shot("dark"), FullPage = true });
        await page.SetViewportSizeAsync(390, 844);
        // The page is metres long on a phone: the shot is of the screen with the sign-ins' progress on it.
        await signIns.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Shot("phone") });
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, "The integration page scrolls sideways on a phone during a first sync.");

        // Synced: the progress makes way for the stream's state.
        await signIns.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 180_000 });
        await Assertions.Expect(page.Locator("[data-stream-state=sign_ins]")).ToContainTextAsync("healthy", new() { Timeout = 30_000 });
    }

    private static async Task<long> SignInsSoFarAsync(ILocator progress)
    {
        var text = await progress.GetByTestId("first-sync-text").InnerTextAsync();
        return long.Parse(SoFar().Match(text).Groups[1].Value.Replace(",", ""), CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"([\d,]+) records? so far")]
    private static partial Regex SoFar();

    private static string Shot(string name) => Path.Combine(BrowserFixture.ScreenshotDirectory, $"first-sync-{name}.png");

    public async ValueTask InitializeAsync()
    {
        context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 800 } });
        page = await context.NewPageAsync();
        root = app.BaseAddress.ToString().TrimEnd('/');
    }

    public async ValueTask DisposeAsync()
    {
        await context.CloseAsync();
        await app.DisposeAsync();
    }
}
