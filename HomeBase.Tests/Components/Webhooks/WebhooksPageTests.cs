using Bunit;
using HomeBase.Core.Access;
using HomeBase.Tests.Infrastructure;
using HomeBase.Web.Access;
using HomeBase.Web.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.Components.Webhooks;

/// <summary>The webhooks page: an admin adds an endpoint and sees its signing secret once; bad URLs are refused in place.</summary>
[Trait("Category", "Components")]
public sealed class WebhooksPageTests(HomeBaseAppFixture fixture) : IClassFixture<HomeBaseAppFixture>
{
    [Fact]
    public async Task Admin_AddsAnEndpointAndSeesTheSecretOnce()
    {
        var admin = await PageContexts.MemberAsync(fixture.App, (await fixture.TenantAsync()).Id, Roles.Admin);
        await using var context = PageContexts.SignedIn(fixture.App, admin.UserId, out var scope);
        using var _ = scope;
        var page = context.Render<WebhooksPage>(p => p.AddCascadingValue(new SessionInfo(admin.TenantId, "127.0.0.1")));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=no-webhooks]")));

        page.Find("#webhook-url").Input("http://hooks.contoso.example/homebase");
        page.Find("[data-testid=add-webhook]").Click();
        page.WaitForAssertion(() => Assert.Contains("Must use https://", page.Markup));
        Assert.Equal(0, await fixture.App.QueryAsync(db => db.WebhookEndpoints.CountAsync(e => e.TenantId == admin.TenantId)));

        page.Find("#webhook-url").Input("https://hooks.contoso.example/homebase");
        page.Find("[data-testid=add-webhook]").Click();
        page.WaitForAssertion(() => Assert.Contains("whsec_", page.Find("[data-testid=webhook-secret]").TextContent));
        Assert.Single(page.FindAll("[data-testid=webhook-endpoint]"));
        var stored = await fixture.App.QueryAsync(db => db.WebhookEndpoints.SingleAsync(e => e.TenantId == admin.TenantId));
        Assert.DoesNotContain("whsec_", stored.ProtectedSecret);
    }
}
