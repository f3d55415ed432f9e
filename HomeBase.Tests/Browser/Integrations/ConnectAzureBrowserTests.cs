using System.Text.RegularExpressions;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace HomeBase.Tests.Browser.Integrations;

/// <summary>
/// The setup wizard as a new admin uses it, in Chromium against the embedded sandbox. Every step is photographed
/// (artifacts/screenshots/wizard-*.png).
/// </summary>
[Trait("Category", "Browser")]
public sealed partial class ConnectAzureBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly HomeBaseApp app = new();
    private IBrowserContext context = null!;
    private IPage page = null!;
    private string root = "";

    [Fact]
    public async Task Contoso_ConnectsEndToEndAndShowsConnected()
    {
        await StartWizardAsync("contoso");
        await Shot("contoso-1-cloud");
        await ClickUntilAsync(page.GetByTestId("use-contoso"), page.GetByText("Register \"HLD HomeBase\""));
        await page.GetByTestId("cli-panel").ClickAsync();
        await page.GetByTestId("cli-script").WaitForAsync();
        Assert.Contains("az ad app permission add", await page.GetByTestId("cli-script").InnerTextAsync());
        await Shot("contoso-2-register");

        await page.GetByTestId("wizard-next").ClickAsync();
        await page.Locator("#client-secret").WaitForAsync();
        Assert.Equal("3c5f8a2e-6b1d-4e7a-9c0f-2d4b6a8e1c3f", await page.Locator("#azure-tenant-id").InputValueAsync());
        await Shot("contoso-3-credentials");
        // Usable on a 390-px phone: nothing wider than the screen.
        await page.SetViewportSizeAsync(390, 844);
        await Shot("contoso-3-credentials-phone");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, "The credentials step scrolls sideways on a phone.");
        await page.SetViewportSizeAsync(1280, 800);

        await BrowserFixture.CheckCredentialsAsync(page);
        Assert.Equal(0, await page.Locator("[data-testid=permission-table] [data-status=missing]").CountAsync());
        await Shot("contoso-4-permissions");

        await page.GetByTestId("wizard-next").ClickAsync();
        await page.GetByTestId("consent-ok").WaitForAsync();
        await Shot("contoso-5-consent");
        await page.GetByTestId("wizard-next").ClickAsync();
        await page.GetByTestId("toggle-ingest_entra_id").WaitForAsync();
        await Shot("contoso-6-data");
        await page.GetByTestId("wizard-next").ClickAsync();
        await page.GetByTestId("review").WaitForAsync();
        Assert.Contains("Sbx••••••", await page.GetByTestId("review-secret").InnerTextAsync());
        Assert.DoesNotContain("contoso.HomeBase-sandbox-secret", await page.ContentAsync());
        await Shot("contoso-7-review");

        await page.GetByTestId("wizard-save").ClickAsync();
        await page.WaitForURLAsync(IntegrationPage());
        await page.GetByTestId("stream-grid").WaitForAsync();
        Assert.Contains("connected", await page.GetByTestId("integration-status").InnerTextAsync());
        await Shot("contoso-8-integration");

        Assert.Equal(1, await app.QueryAsync(db => db.Integrations.CountAsync(i => i.Status == "connected")));
        Assert.Equal(0, await app.QueryAsync(db => db.ConnectWizardDrafts.CountAsync()));
        await page.GotoAsync(root + "/integrations");
        await page.GetByTestId("integrations-table").WaitForAsync();
        Assert.Contains("days left", await page.GetByTestId("integrations-table").InnerTextAsync());
        await Shot("contoso-9-list");

        // Its page: verify again, change what is ingested, delete with confirmation.
        await page.GetByTestId("integrations-table").GetByRole(AriaRole.Link).First.ClickAsync();
        await page.WaitForURLAsync(IntegrationPage());
        await ClickUntilAsync(page.GetByTestId("reverify"), page.GetByText("Verified just now."));
        await page.GetByTestId("edit-config").ClickAsync();
        await page.GetByTestId("config-editor").GetByText("Defender for Cloud").ClickAsync();
        // A regional Defender for Endpoint host, chosen from Microsoft's list; the page then shows the host called.
        await page.GetByTestId("config-editor").GetByText("Default (the cloud's host)").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "EU" }).ClickAsync();
        await Shot("contoso-10-edit");
        await page.GetByTestId("save-config").ClickAsync();
        await page.GetByText("Saved.").WaitForAsync();
        Assert.False(await app.QueryAsync(db => db.Integrations.Select(i => i.Config.IngestDefenderForCloud).SingleAsync()));
        Assert.Equal("eu", await app.QueryAsync(db => db.Integrations.Select(i => i.Config.DefenderRegion).SingleAsync()));
        Assert.EndsWith("/mde/regions/eu", await page.GetByTestId("defender-host").InnerTextAsync());
        await page.SetViewportSizeAsync(390, 844);
        await Shot("contoso-11-integration-phone");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, "The integration page scrolls sideways on a phone.");
        await page.SetViewportSizeAsync(1280, 800);
        await context.AddCookiesAsync([new Cookie { Name = "HomeBase.Theme", Value = "dark", Url = root }]);
        await page.ReloadAsync();
        await page.GetByTestId("stream-grid").WaitForAsync();
        await Shot("contoso-12-integration-dark");
        // After the reload the delete button is prerendered before its circuit is up: click until the dialog opens.
        await BrowserFixture.WaitForInteractiveAsync(page);
        var confirmDelete = page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Delete" });
        await ClickUntilAsync(page.GetByTestId("delete-integration"), confirmDelete);
        await confirmDelete.ClickAsync();
        // Blazor's router goes to the list without a load event to wait for; under a loaded machine it takes a while.
        await page.GetByTestId("no-integrations").WaitForAsync(new() { Timeout = 60_000 });
        Assert.Equal(root + "/integrations", page.Url);
        Assert.Equal(0, await app.QueryAsync(db => db.Integrations.CountAsync(i => i.DeletedAt == null)));
    }

    [Fact]
    public async Task Review_LeftAndOpenedAgainInANewTab_ChecksTheSavedCredentialsAndSaves()
    {
        await StartWizardAsync("resume");
        await BrowserFixture.WalkContosoToReviewAsync(page);

        // The admin closes the tab at "Review and save" and comes back later in a new one.
        await page.CloseAsync();
        page = await context.NewPageAsync();
        await page.GotoAsync(root + "/integrations/new/azure");
        await page.GetByTestId("draft-resumed").WaitForAsync();
        await page.GetByTestId("review").WaitForAsync();
        await Shot("resume-1-review-again");
        // The live page checks the saved credentials again as it resumes; Save is for after that check.
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.WaitForTimeoutAsync(1000);
        await page.Locator("[aria-label=Checking]").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 60_000 });
        await page.GetByTestId("review").WaitForAsync();
        await page.GetByTestId("wizard-save").ClickAsync();

        await page.WaitForURLAsync(IntegrationPage());
        await page.GetByTestId("stream-grid").WaitForAsync();
        Assert.Equal(1, await app.QueryAsync(db => db.Integrations.CountAsync(i => i.Status == "connected")));
        Assert.Equal(0, await app.QueryAsync(db => db.ConnectWizardDrafts.CountAsync()));
    }

    [Fact]
    public async Task Fabrikam_WaitsForAdminConsentThenFinishes()
    {
        await StartWizardAsync("fabrikam");
        await ClickUntilAsync(page.GetByTestId("use-fabrikam"), page.GetByText("Register \"HLD HomeBase\""));
        await page.GetByTestId("wizard-next").ClickAsync();
        await BrowserFixture.CheckCredentialsAsync(page);
        Assert.True(await page.Locator("[data-testid=permission-table] [data-status=not_consented]").CountAsync() > 0);
        await page.GetByTestId("wizard-next").ClickAsync();

        var link = page.GetByTestId("consent-link");
        await link.WaitForAsync();
        var consentUrl = await link.GetAttributeAsync("href");
        Assert.Matches("/4d6a9b3f-7c2e-4f8b-8d1a-3e5c7b9f2d4a/adminconsent\\?client_id=a3c8d5b1-2e4f-4b7a-9c6d-1e8a0b2f4d6c", consentUrl);
        await Shot("fabrikam-1-consent-needed");
        // Next is refused while consent is missing.
        await page.GetByTestId("wizard-next").ClickAsync();
        await page.GetByTestId("wizard-blocker").WaitForAsync();

        // The tenant's administrator grants consent (the sandbox's consent page, as Entra's Accept would).
        var granted = await app.SandboxControlAsync(HttpMethod.Put, "/tenants/fabrikam/consent", new { consented = true });
        Assert.True(granted.IsSuccessStatusCode, await granted.Content.ReadAsStringAsync());
        await page.GetByTestId("consent-recheck").ClickAsync();
        await page.GetByTestId("consent-ok").WaitForAsync(new() { Timeout = 60_000 });
        await Shot("fabrikam-2-consent-granted");

        await page.GetByTestId("wizard-next").ClickAsync();
        await page.GetByTestId("toggle-ingest_entra_id").WaitForAsync();
        await page.GetByTestId("wizard-next").ClickAsync();
        await page.GetByTestId("wizard-save").ClickAsync();
        await page.WaitForURLAsync(IntegrationPage());
        await page.GetByTestId("integration-status").WaitForAsync();
        Assert.Contains("connected", await page.GetByTestId("integration-status").InnerTextAsync());
    }

    [Fact]
    public async Task WrongSecret_IsNamedAndAReloadResumesTheDraft()
    {
        await StartWizardAsync("wrong-secret");
        await ClickUntilAsync(page.GetByTestId("use-northwind"), page.GetByText("Register \"HLD HomeBase\""));
        await page.GetByTestId("wizard-next").ClickAsync();
        var secret = page.Locator("#client-secret");
        await secret.FillAsync("Sbx8Q~not-the-right-secret-value-000000");

        // A secret ID (a GUID) is flagged as typed, before asking Azure.
        await secret.FillAsync("7c9e1a3d-5f7b-4c0e-9a2d-4e6a8c0f2b3d");
        await secret.BlurAsync();
        await page.GetByText("This is the secret's ID, not its value").First.WaitForAsync();
        await Shot("wrong-1-secret-id");

        await secret.FillAsync("Sbx8Q~not-the-right-secret-value-000000");
        await page.GetByTestId("check-credentials").ClickAsync();
        var failed = page.GetByTestId("check-failed");
        await failed.WaitForAsync(new() { Timeout = 60_000 });
        Assert.Equal("credential_invalid_secret", await failed.GetAttributeAsync("data-code"));
        Assert.Contains("AADSTS7000215", await failed.InnerTextAsync());
        await Shot("wrong-2-invalid-secret");

        // Reload mid-wizard: the draft brings back the step and the answers (the secret included, encrypted at rest).
        await page.ReloadAsync();
        await page.GetByTestId("draft-resumed").WaitForAsync();
        await page.Locator("#client-secret").WaitForAsync();
        Assert.Equal("5e7b0c4a-8d3f-4a9c-9e2b-4f6d8c0a3e5b", await page.Locator("#azure-tenant-id").InputValueAsync());
        // The saved secret stays on the server: the page shows that it is kept and its first letters, never its value.
        Assert.Equal("", await page.Locator("#client-secret").InputValueAsync());
        Assert.DoesNotContain("not-the-right-secret", await page.ContentAsync());
        await page.GetByText("The saved secret (Sbx…) is kept").WaitForAsync();
        var stored = await app.QueryAsync(db => db.ConnectWizardDrafts.SingleAsync());
        Assert.DoesNotContain("not-the-right-secret", stored.ProtectedClientSecret);
        Assert.DoesNotContain("not-the-right-secret", stored.AnswersJson);
        await Shot("wrong-3-resumed");

        await page.Locator("#client-secret").FillAsync("Sbx8Q~northwind.HomeBase-sandbox-secret-01");
        await BrowserFixture.CheckCredentialsAsync(page);
        await page.GetByTestId("wizard-next").ClickAsync();
        await page.GetByTestId("wizard-next").ClickAsync();

        // Northwind lacks licences and subscriptions: its blocked streams must be confirmed, never enabled silently.
        await page.GetByTestId("toggle-ingest_defender").WaitForAsync();
        await Shot("wrong-4-data-blocked");
        await page.GetByTestId("wizard-next").ClickAsync();
        Assert.Contains("blocked streams", await page.GetByTestId("wizard-blocker").InnerTextAsync());
    }

    private async Task StartWizardAsync(string name)
    {
        context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 800 } });
        page = await context.NewPageAsync();
        root = app.BaseAddress.ToString().TrimEnd('/');
        shotPrefix = name;
        await BrowserFixture.CreateOwnerAsync(page, app, $"ada-{name}@contoso.example", "Ada Admin");
        await page.GotoAsync(root + "/integrations");
        // The list leads to the wizard. (Opened by its address: a click that lands while the list's circuit is still
        // connecting can leave the old page on screen; see the issue notes.)
        Assert.Equal("/integrations/new/azure", await page.GetByTestId("connect-azure").GetAttributeAsync("href"));
        await page.GotoAsync(root + "/integrations/new/azure");
        await Shot("0-start");
        await ClickUntilAsync(page.GetByTestId("cloud-sandbox"), page.GetByText("Sandbox tenants"));
    }

    /// <summary>Clicks until the click has an effect: a click before the circuit is up is lost.</summary>
    private static Task ClickUntilAsync(ILocator target, ILocator effect) => BrowserFixture.ClickUntilAsync(target, effect);

    private Regex IntegrationPage() => new(Regex.Escape(root) + "/integrations/int_[0-9a-z]{26}$");

    private string shotPrefix = "";

    private Task Shot(string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"wizard-{(name.StartsWith('0') ? shotPrefix + "-" : "")}{name}.png"), FullPage = true });

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        // The page as the test left it: after a failure (a wait that timed out), this is where it stopped.
        if (page is not null && !page.IsClosed) await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"wizard-{shotPrefix}-last.png"), FullPage = true });
        if (context is not null) await context.DisposeAsync();
        await app.DisposeAsync();
    }
}
