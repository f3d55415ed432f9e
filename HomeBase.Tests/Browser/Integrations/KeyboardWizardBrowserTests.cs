using System.Text.RegularExpressions;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace HomeBase.Tests.Browser.Integrations;

/// <summary>
/// The setup wizard with the keyboard alone, in Chromium: Tab to move, Enter, Space and the arrow keys to act, never
/// the mouse, from the skip link to the saved integration.
/// </summary>
[Trait("Category", "Browser")]
public sealed class KeyboardWizardBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly HomeBaseApp app = new();
    private IBrowserContext context = null!;
    private IPage page = null!;
    private string root = "";

    [Fact]
    public async Task Wizard_WithTheKeyboardAlone_ConnectsContoso()
    {
        await BrowserFixture.CreateOwnerAsync(page, app, "kim-keys@contoso.example", "Kim Keys");
        // A page opened puts focus on its heading (so a screen reader starts there and Tab goes on into the page), and
        // "Skip to content", the first stop from the top of the document, moves focus past the app bar and the menu.
        await page.GotoAsync(root + "/settings/account");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.WaitForFunctionAsync("() => document.activeElement?.tagName === 'H1'");
        await page.FocusAsync(".hb-skip-link");
        Assert.True(await page.Locator(".hb-skip-link").IsVisibleAsync() && await page.EvaluateAsync<double>("() => document.querySelector('.hb-skip-link').getBoundingClientRect().top") >= 0,
            "The focused skip link is not on screen.");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main-content", await page.EvaluateAsync<string>("() => document.activeElement.id"));

        // The wizard puts focus on its current step.
        await page.GotoAsync(root + "/integrations/new/azure");
        await page.GetByTestId("wizard").WaitForAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);

        // Cloud: the radio group is one Tab stop; the arrow keys choose within it.
        await TabToAsync("input[type=radio]");
        for (var press = 0; !await page.Locator("input[data-testid=cloud-sandbox], [data-testid=cloud-sandbox] input").IsCheckedAsync(); press++)
        {
            Assert.True(press < 10, "The arrow keys never reached the sandbox cloud.");
            await page.Keyboard.PressAsync("ArrowDown");
            // A choice lives in the browser and in the circuit at once; wait for the circuit to draw it checked before
            // the next key, as a person's pace allows. Pressed faster than the circuit answers, on a busy CI machine
            // ten arrows once went round the group without the two agreeing on the sandbox.
            await page.WaitForFunctionAsync(
                "() => { const radio = document.activeElement; return radio?.type === 'radio' && radio.checked && !!radio.closest('label')?.querySelector('.mud-checked'); }");
        }
        await page.GetByText("Sandbox tenants").WaitForAsync();
        await TabToAsync("[data-testid=use-contoso]");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByText("Register \"HLD HomeBase\"").WaitForAsync();

        await NextAsync();
        await page.Locator("#client-secret").WaitForAsync();
        await TabToAsync("[data-testid=check-credentials]");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByTestId("permission-table").WaitForAsync(new() { Timeout = 60_000 });

        await NextAsync();
        await page.GetByTestId("consent-ok").WaitForAsync();
        await NextAsync();

        // Data: a switch turns off and on again with Space.
        var activityLogs = page.Locator("[data-testid=toggle-ingest_activity_logs] input");
        await activityLogs.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        Assert.True(await activityLogs.IsCheckedAsync());
        await TabToAsync("[data-testid=toggle-ingest_activity_logs] input");
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(activityLogs).Not.ToBeCheckedAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(activityLogs).ToBeCheckedAsync();

        await NextAsync();
        await page.GetByTestId("review").WaitForAsync();
        await TabToAsync("[data-testid=wizard-save]");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(new Regex("/integrations/int_[0-9a-z]+$"));
        await page.GetByTestId("stream-grid").WaitForAsync();
        var saved = await app.QueryAsync(db => db.Integrations.SingleAsync());
        Assert.Equal("connected", saved.Status);
        Assert.True(saved.Config.IngestActivityLogs);
    }

    /// <summary>The wizard's Next, reached with Tab and pressed with Enter.</summary>
    private async Task NextAsync()
    {
        await TabToAsync("[data-testid=wizard-next]");
        await page.Keyboard.PressAsync("Enter");
    }

    /// <summary>
    /// Presses Tab until the focused element is (or is inside) what <paramref name="selector"/> names; fails when
    /// <paramref name="within"/> presses never get there, which is what a keyboard user meets when it cannot be reached.
    /// </summary>
    private async Task TabToAsync(string selector, int within = 80)
    {
        for (var press = 0; press < within; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => !!document.activeElement && (document.activeElement.matches(s) || !!document.activeElement.closest(s))", selector))
            {
                // What has focus can be seen: the browser draws an outline or the component its own focus style.
                Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.matches(':focus-visible')"), $"{selector} has focus that is not shown.");
                return;
            }
        }
        Assert.Fail($"{within} Tab(s) never reached {selector}: the last element focused was '{await FocusedTextAsync()}'.");
    }

    private Task<string> FocusedTextAsync() =>
        page.EvaluateAsync<string>("() => document.activeElement?.outerHTML.slice(0, 200) ?? ''");

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
