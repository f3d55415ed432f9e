using Bunit;
using HomeBase.Core.Access;
using HomeBase.Tests.Infrastructure;
using HomeBase.Web.Access;
using HomeBase.Web.Platform.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.Components.Platform;

/// <summary>The way in: "Connect Azure" while nothing is connected, the Overview once something is, the real tenant id in the API example.</summary>
[Trait("Category", "Components")]
public sealed class HomePageTests(HomeBaseAppFixture fixture) : IClassFixture<HomeBaseAppFixture>
{
    [Fact]
    public async Task Admin_OfAnEmptyTenant_IsLedToTheGuidedSetup_AndTheExampleNamesTheTenant()
    {
        var tenant = await fixture.TenantAsync();
        var (page, context) = await RenderAsync(tenant.Id, Roles.Admin);
        await using var _ = context;

        Assert.Equal("Connect Azure to HomeBase", page.Find("h1").TextContent);
        Assert.Equal("/integrations/new/azure", page.Find("[data-testid=connect-azure]").GetAttribute("href"));
        Assert.Contains(page.FindAll("a"), a => a.GetAttribute("href") == "/integrations/new/azure" && a.TextContent.Contains("Guided setup"));
        var example = page.Find("[data-testid=example-request]").TextContent;
        Assert.Contains($"\"tenant_id\":\"{tenant.Id}\"", example);
        Assert.Contains("\"ingest_activity_logs\":true", example);
        Assert.Contains(page.FindAll("a"), a => a.GetAttribute("href") == "/openapi/v1.json");
        // Only owners manage API keys; an admin is told whom to ask.
        Assert.Empty(page.FindAll("[data-testid=api-keys-link]"));
    }

    [Fact]
    public async Task Owner_IsPointedToSettingsApiKeys()
    {
        var (page, context) = await RenderAsync((await fixture.TenantAsync()).Id, Roles.Owner);
        await using var _ = context;

        Assert.Equal("/settings/api-keys", page.Find("[data-testid=api-keys-link]").GetAttribute("href"));
        Assert.DoesNotContain("api-keys create", page.Markup);
    }

    [Fact]
    public async Task Viewer_IsToldWhoCanConnect_WithoutAButtonThatWouldBeRefused()
    {
        var (page, context) = await RenderAsync((await fixture.TenantAsync()).Id, Roles.Viewer);
        await using var _ = context;

        Assert.Empty(page.FindAll("[data-testid=connect-azure]"));
        Assert.Contains("needs the admin or owner role", page.Find("[data-testid=first-step]").TextContent);
    }

    [Fact]
    public async Task OnceSomethingIsConnected_HomeOpensTheOverview()
    {
        var tenant = await fixture.TenantAsync();
        using (var client = fixture.App.CreateApiClient(tenant.ApiKey))
        {
            var created = await client.PostAsync("/v1/integrations", RequestBodies.Seed(tenant.Id).Json());
            Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        }

        var (page, context) = await RenderAsync(tenant.Id, Roles.Viewer, waitForFirstStep: false);
        await using var _ = context;

        page.WaitForAssertion(() => Assert.EndsWith("/overview", context.Bunit.Services.GetRequiredService<NavigationManager>().Uri));
        Assert.Empty(page.FindAll("[data-testid=first-step]"));
    }

    /// <summary>The page as a member with <paramref name="role"/> sees it; <paramref name="waitForFirstStep"/> waits for the panel a tenant without integrations shows.</summary>
    private async Task<(IRenderedComponent<Home> Page, SignedInPage Context)> RenderAsync(string tenantId, string role, bool waitForFirstStep = true)
    {
        var member = await PageContexts.MemberAsync(fixture.App, tenantId, role);
        var context = new SignedInPage(PageContexts.SignedIn(fixture.App, member.UserId, out var scope), scope);
        var page = context.Bunit.Render<Home>(parameters => parameters.AddCascadingValue(new SessionInfo(tenantId, "127.0.0.1")));
        if (waitForFirstStep) page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=first-step]")));
        return (page, context);
    }

    private sealed record SignedInPage(BunitContext Bunit, IServiceScope Scope) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Bunit.DisposeAsync();
            Scope.Dispose();
        }
    }
}
