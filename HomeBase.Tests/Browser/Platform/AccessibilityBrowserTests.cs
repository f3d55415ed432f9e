using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HomeBase.Tests.Browser.Platform;

/// <summary>
/// Every page, signed out and signed in, with a connected and synced sandbox tenant behind it, checked by axe-core in
/// both themes: no serious or critical WCAG 2.1 AA violation anywhere. The wizard is checked at each of its steps.
/// </summary>
[Trait("Category", "Browser")]
public sealed class AccessibilityBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly HomeBaseApp app = new();
    private IBrowserContext context = null!;
    private IPage page = null!;
    private string root = "";
    private readonly List<string> violations = [];

    [Fact]
    public async Task EveryPage_InBothThemes_HasNoSeriousOrCriticalViolations()
    {
        // Signed out: the first visit's pages.
        await OpenAsync("/account/setup", "#setup-token");
        await CheckBothThemesAsync("the owner set-up page");
        await BrowserFixture.CreateOwnerAsync(page, app, "ada-a11y@contoso.example", "Ada Admin");
        await WaitReadyAsync("[data-testid=connect-azure]");
        await CheckBothThemesAsync("the home page before anything is connected");

        // The wizard, step by step: forward in the light theme, then back through its steps in the dark one.
        await page.GotoAsync(root + "/integrations/new/azure");
        await BrowserFixture.ClickUntilAsync(page.GetByTestId("cloud-sandbox"), page.GetByText("Sandbox tenants"));
        await CheckAsync("the wizard's cloud step (light)");
        await BrowserFixture.ClickUntilAsync(page.GetByTestId("use-contoso"), page.GetByText("Register \"HLD HomeBase\""));
        await CheckAsync("the wizard's registration step (light)");
        await page.GetByTestId("wizard-next").ClickAsync();
        await page.Locator("#client-secret").WaitForAsync();
        await CheckAsync("the wizard's credentials step (light)");
        await BrowserFixture.CheckCredentialsAsync(page);
        await CheckAsync("the wizard's permission table (light)");
        await page.GetByTestId("wizard-next").ClickAsync();
        await page.GetByTestId("consent-ok").WaitForAsync();
        await CheckAsync("the wizard's consent step (light)");
        await page.GetByTestId("wizard-next").ClickAsync();
        await page.GetByTestId("toggle-ingest_entra_id").WaitForAsync();
        await CheckAsync("the wizard's data step (light)");
        await page.GetByTestId("wizard-next").ClickAsync();
        await page.GetByTestId("review").WaitForAsync();
        await CheckAsync("the wizard's review step (light)");

        // The theme applies when a page loads: the draft resumes at the review, and Back walks the steps.
        await UseThemeAsync("dark");
        await ResumeWizardAsync();
        await CheckAsync("the wizard's review step (dark)");
        foreach (var (step, shown) in new[] { ("data", "[data-testid=toggle-ingest_entra_id]"), ("consent", "[data-testid=consent-ok]"), ("credentials", "#client-secret") })
        {
            await BrowserFixture.ClickUntilAsync(page.GetByTestId("wizard-back"), page.Locator(shown));
            await CheckAsync($"the wizard's {step} step (dark)");
        }
        // …and forward again to save, as an admin who went back to look would.
        await BrowserFixture.WalkFromCredentialsToReviewAsync(page);
        await UseThemeAsync("light");
        await page.GetByTestId("wizard-save").ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/integrations/[^/]+$"));
        var integration = new Uri(page.Url).AbsolutePath;
        await SyncAsync(integration.Split('/').Last());

        // Signed in, with data: every page.
        (string What, string Path, string Ready)[] pages =
        [
            ("the integration page", integration, "[data-testid=stream-grid]"),
            ("the integrations list", "/integrations", "main"),
            ("the overview", "/overview", "[data-testid=overview-integrations]"),
            ("the identity dashboard", "/dashboards/identity?range=30d", "[data-testid=headline-risk-detections]"),
            ("the alerts dashboard", "/dashboards/alerts?range=30d", "[data-testid=headline-alerts]"),
            ("the devices dashboard", "/dashboards/devices", "[data-testid=headline-devices]"),
            ("the privileged access dashboard", "/dashboards/privileged-access", "[data-testid=headline-role-assignments]"),
            ("the Conditional Access dashboard", "/dashboards/conditional-access?range=30d", "[data-testid=headline-policies-on]"),
            ("the directory dashboard", "/dashboards/directory", "[data-testid=headline-users]"),
            ("the directory changes dashboard", "/dashboards/directory-changes?range=30d", "[data-testid=headline-directory-changes]"),
            ("the activity dashboard", "/dashboards/activity?range=30d", "[data-testid=headline-operations]"),
            ("the incidents dashboard", "/dashboards/incidents", "[data-testid=headline-open-incidents]"),
            ("the Secure Score dashboard", "/dashboards/secure-score", "[data-testid=panel-score-actions]"),
            ("the identity attacks dashboard", "/dashboards/identity-attacks", "[data-testid=panel-identity-sensors]"),
            ("the indicators dashboard", "/dashboards/indicators", "[data-testid=panel-indicators]"),
            ("the attack surface dashboard", "/dashboards/attack-surface", "[data-testid=panel-most-exposed]"),
            ("the compliance dashboard", "/dashboards/compliance", "[data-testid=panel-standards]"),
            ("the sign-in records", "/records/sign_ins?range=30d", "[data-testid=records-grid] tbody tr"),
            ("the audit log", "/audit", "main"),
            ("API keys", "/settings/api-keys", "main"),
            ("webhooks", "/settings/webhooks", "main"),
            ("users", "/settings/users", "main"),
            ("your account", "/settings/account", "main"),
            ("a page that does not exist", "/no-such-page", "main"),
        ];
        foreach (var (what, path, ready) in pages)
        {
            await OpenAsync(path, ready);
            await CheckBothThemesAsync(what);
        }

        // The pages a record opens: a person, an alert, a device.
        await OpenAsync("/records/sign_ins?range=30d", "[data-testid=records-grid] a[href^='/users/']");
        await OpenAsync(await HrefAsync("[data-testid=records-grid] a[href^='/users/']"), "[data-testid=user-profile]");
        await CheckBothThemesAsync("User 360");
        await OpenAsync("/records/alerts?range=30d", "[data-testid=records-grid] a[href^='/alerts/']");
        await OpenAsync(await HrefAsync("[data-testid=records-grid] a[href^='/alerts/']"), "[data-testid=alert-evidence]");
        await CheckBothThemesAsync("an alert");
        var alertPage = page.Url;
        await OpenAsync(await HrefAsync("[data-testid=alert-incident]"), "[data-testid=incident-alerts]");
        await CheckBothThemesAsync("an incident");
        await OpenAsync(new Uri(alertPage).PathAndQuery, "[data-testid=alert-evidence]");
        await OpenAsync(await HrefAsync("[data-testid=alert-evidence] a[href^='/devices/']"), "[data-testid=device-summary]");
        await CheckBothThemesAsync("a device");

        // Search, from a few letters of someone's name: its results page.
        var someone = await app.QueryAsync(db => db.IngestedUsers.Where(u => u.DisplayName != null).OrderBy(u => u.SourceId).Select(u => u.DisplayName!).FirstAsync());
        await OpenAsync("/search?q=" + Uri.EscapeDataString(someone[..3]), "[data-testid=search-hit]");
        await CheckBothThemesAsync("search results");

        // Signed out again: the sign-in page.
        await BrowserFixture.SignOutAsync(page);
        await CheckBothThemesAsync("the sign-in page");

        // Every page was checked before failing, so one run lists everything there is to fix.
        Assert.True(violations.Count == 0, $"axe-core {AxeCore.Version} found {violations.Count} serious or critical violation(s):\n{string.Join("\n", violations)}");
    }

    /// <summary>The wizard opened again: its draft resumes at the review, which re-checks the saved credentials.</summary>
    private async Task ResumeWizardAsync()
    {
        await page.GotoAsync(root + "/integrations/new/azure");
        await page.GetByTestId("draft-resumed").WaitForAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.Locator("[aria-label=Checking]").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 60_000 });
        try
        {
            await page.GetByTestId("review").WaitForAsync();
        }
        catch (TimeoutException)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "a11y-resume-failed.png"), FullPage = true });
            throw;
        }
    }

    private async Task SyncAsync(string integrationId)
    {
        var runner = app.Services.GetRequiredService<StreamSyncRunner>();
        foreach (var stream in StreamCatalog.All) await runner.RunAsync(integrationId, stream.Name);
    }

    private async Task<string> HrefAsync(string selector) => (await page.Locator(selector).First.GetAttributeAsync("href"))!;

    private async Task OpenAsync(string path, string ready)
    {
        await page.GotoAsync(root + path);
        await WaitReadyAsync(ready);
    }

    private async Task WaitReadyAsync(string ready)
    {
        await page.Locator(ready).First.WaitForAsync(new() { Timeout = 30_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    private async Task CheckBothThemesAsync(string what)
    {
        var path = page.Url;
        await UseThemeAsync("light");
        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await CheckAsync($"{what} (light)");
        await UseThemeAsync("dark");
        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await CheckAsync($"{what} (dark)");
        await UseThemeAsync("light");
    }

    /// <summary>The theme is a cookie the app bar's button sets; setting it directly keeps a click's timing out of this test.</summary>
    private Task UseThemeAsync(string theme) =>
        context.AddCookiesAsync([new Cookie { Name = "HomeBase.Theme", Value = theme, Url = root }]);

    private async Task CheckAsync(string what)
    {
        violations.AddRange(await AxeCore.ViolationsAsync(page, what));
    }

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
