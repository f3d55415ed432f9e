using System.Net;
using System.Text.Json.Nodes;
using HomeBase.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HomeBase.Tests.Browser.Integrations;

/// <summary>An admin rotates a client secret from the integration page and sees the new expiry.</summary>
[Trait("Category", "Browser")]
public sealed class RotationBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly HomeBaseApp app = new();

    [Fact]
    public async Task Admin_RotatesTheSecretAndSeesTheNewExpiry()
    {
        // "Acme" sorts before "Default", so it is the owner's first tenant.
        var tenant = await app.CreateTenantAsync("Acme");
        using var api = app.CreateApiClient(tenant.ApiKey);
        var created = await api.PostAsync("/v1/integrations", RequestBodies.Seed(tenant.Id).Json());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
        (await app.SandboxControlAsync(HttpMethod.Post, "/tenants/contoso/secrets", new { value = "Brw8Q~contoso.rotated-in-a-browser", expiresInDays = 500 })).EnsureSuccessStatusCode();

        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        var root = app.BaseAddress.ToString().TrimEnd('/');
        await BrowserFixture.CreateOwnerAsync(page, app, "ada@contoso.example", "Ada Admin");

        await page.GotoAsync($"{root}/integrations/{id}");
        var facts = page.GetByTestId("integration-facts");
        await facts.WaitForAsync();
        Assert.Contains("699 days left", await facts.InnerTextAsync());
        for (var attempt = 0; attempt < 30 && await page.GetByRole(AriaRole.Dialog).CountAsync() == 0; attempt++)
        {
            await page.GetByTestId("rotate-secret").ClickAsync();
            await page.WaitForTimeoutAsync(300);
        }
        await page.Locator("#new-secret").FillAsync("Brw8Q~contoso.rotated-in-a-browser");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "rotation-1-dialog.png"), FullPage = true });
        await page.GetByTestId("rotate-confirm").ClickAsync();

        var message = page.GetByTestId("integration-message");
        await message.WaitForAsync(new() { Timeout = 60_000 });
        Assert.Contains("The new secret is in use", await message.InnerTextAsync());
        Assert.Contains("Brw••••••", await facts.InnerTextAsync());
        Assert.Contains("499 days left", await facts.InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "rotation-2-done.png"), FullPage = true });

        // The overview lists the integration with its secret's new days left.
        await page.GotoAsync(root + "/overview");
        await page.GetByTestId("overview-integrations").WaitForAsync();
        Assert.Contains("499 days left", await page.GetByTestId("overview-integrations").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "overview.png"), FullPage = true });

        // The rotation was announced to the tenant's webhook endpoint, which the webhooks page lists with its delivery.
        await api.PostAsync("/v1/webhook_endpoints", new JsonObject
        {
            ["url"] = "https://hooks.contoso.example/homebase", ["enabled_events"] = new JsonArray("integration.credential_rotated", "integration.credential_expiring"),
        }.Json());
        await page.GotoAsync(root + "/settings/webhooks");
        await page.GetByTestId("webhook-endpoint").WaitForAsync();
        Assert.Contains("integration.credential_rotated", await page.GetByTestId("webhook-endpoint").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "webhooks-page.png"), FullPage = true });
        await page.SetViewportSizeAsync(390, 844);
        await page.WaitForTimeoutAsync(500);
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, "The webhooks page scrolls sideways on a phone.");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "webhooks-page-phone.png"), FullPage = true });
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
