using HomeBase.Core.Access;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace HomeBase.Tests.Browser.Search;

/// <summary>
/// A viewer of a tenant with sandbox contoso synced searches from the app bar as they would: a few letters of a
/// person's name and Enter, then the person's User 360; on a phone the search button, then a CVE. Every step is
/// photographed in both themes and at phone width (artifacts/screenshots/search-*.png).
/// </summary>
[Trait("Category", "Browser")]
public sealed class SearchBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly IngestionApp app = new();
    private IBrowserContext context = null!;
    private string root = "";

    [Fact]
    public async Task Viewer_SearchesFromTheAppBar_AndOpensWhatItFound()
    {
        var tenant = await app.CreateTenantAsync("Contoso");
        var integration = await app.ConnectAsync(tenant, RequestBodies.Contoso);
        await app.SyncAllAsync(integration);
        var viewer = await TestMembers.AddAsync(app.Services, tenant.Id, Roles.Viewer, "vera@contoso.example", "Vera Viewer");
        var person = await app.QueryAsync(db => db.IngestedUsers.Where(u => u.IntegrationId == integration && u.DisplayName != null)
            .OrderBy(u => u.SourceId).Select(u => new { u.SourceId, u.DisplayName }).FirstAsync());
        var cve = await app.QueryAsync(db => db.IngestedVulnerabilities.Where(v => v.IntegrationId == integration && v.CveId != null)
            .OrderBy(v => v.SourceId).Select(v => v.CveId!).FirstAsync());

        var page = await SignInAsync(viewer.UserName, width: 1280);
        await BrowserFixture.WaitForInteractiveAsync(page);
        var box = page.GetByRole(AriaRole.Search).GetByLabel("Search people, devices, alerts, incidents, IP addresses and CVEs");
        var people = page.GetByTestId("search-people");
        await SearchUntilAsync(box, person.DisplayName!.ToLowerInvariant(), people);
        Assert.Contains("/search?q=", page.Url, StringComparison.Ordinal);
        await ShootAsync(page, "search-results");

        // Links: followed by the browser or by Blazor's router, either way once.
        await people.GetByRole(AriaRole.Link, new() { Name = person.DisplayName, Exact = true }).ClickAsync();
        await page.GetByTestId("user-profile").WaitForAsync(new() { Timeout = 60_000 });
        Assert.EndsWith($"/users/{integration}/{person.SourceId}", page.Url, StringComparison.Ordinal);

        // A phone: the app bar has a search button instead of the box; the page's own box finds the CVE.
        var phone = await SignInAsync(viewer.UserName, width: 390);
        await BrowserFixture.WaitForInteractiveAsync(phone);
        var pageBox = phone.Locator("#search-page-box");
        await phone.GetByRole(AriaRole.Link, new() { Name = "Search", Exact = true }).ClickAsync();
        await pageBox.WaitForAsync(new() { Timeout = 60_000 });
        Assert.Equal(root + "/search", phone.Url);
        // No wait for the circuit here: the page's box is a GET form that searches with or without it (one full run of the
        // suite on two cores once saw no circuit marker within 60 s after this navigation).
        var cves = phone.GetByTestId("search-cves");
        await SearchUntilAsync(pageBox, cve.ToLowerInvariant(), cves);
        Assert.Equal(cve, await cves.GetByRole(AriaRole.Link).First.InnerTextAsync());
        await ShootAsync(phone, "search-phone");

        // Nothing found says what matches and how.
        await phone.GotoAsync(root + "/search?q=" + Uri.EscapeDataString("no such thing anywhere"));
        Assert.Contains("match from their start", await phone.GetByTestId("search-nothing").InnerTextAsync());
    }

    /// <summary>
    /// Types <paramref name="text"/> into a search box and presses Enter until <paramref name="results"/> show: a key
    /// pressed while Blazor swaps the prerendered page for the live one is lost, as it would be for a person.
    /// </summary>
    private static async Task SearchUntilAsync(ILocator box, string text, ILocator results)
    {
        for (var attempt = 1; ; attempt++)
        {
            await box.FillAsync(text);
            await box.PressAsync("Enter");
            try
            {
                await results.WaitForAsync(new() { Timeout = 20_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
    }

    private async Task<IPage> SignInAsync(string email, int width)
    {
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(width, 800);
        // Signed in already in this browser (a second tab), the sign-in page goes straight on.
        await page.GotoAsync(root + "/account/login?returnUrl=%2Foverview");
        if (page.Url.Contains("/account/login", StringComparison.Ordinal))
        {
            await page.FillAsync("#email", email);
            await page.FillAsync("#password", TestMembers.Password);
            await page.ClickAsync("button[type=submit]");
        }
        await page.WaitForURLAsync(root + "/overview");
        return page;
    }

    /// <summary>The page in the light and the dark theme (the theme is a cookie; the page is loaded again with it).</summary>
    private async Task ShootAsync(IPage page, string name)
    {
        foreach (var theme in new[] { "light", "dark" })
        {
            await context.AddCookiesAsync([new Cookie { Name = "HomeBase.Theme", Value = theme, Url = root }]);
            await page.ReloadAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"{name}-{theme}.png"), FullPage = true });
        }
        await context.AddCookiesAsync([new Cookie { Name = "HomeBase.Theme", Value = "light", Url = root }]);
    }

    public async ValueTask InitializeAsync()
    {
        context = await browser.Browser.NewContextAsync();
        root = app.BaseAddress.ToString().TrimEnd('/');
    }

    public async ValueTask DisposeAsync()
    {
        await context.CloseAsync();
        await app.DisposeAsync();
    }
}
