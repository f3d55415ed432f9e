using Bunit;
using HomeBase.Core.Access;
using HomeBase.Core.ApiKeys;
using HomeBase.Tests.Infrastructure;
using HomeBase.Web.Access;
using HomeBase.Web.ApiKeys;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.Components.ApiKeys;

/// <summary>Settings → API keys as an owner uses it: choose the scopes and expiry, get the key once, see it listed.</summary>
[Trait("Category", "Components")]
public sealed class ApiKeysPageTests(HomeBaseAppFixture fixture) : IClassFixture<HomeBaseAppFixture>
{
    [Fact]
    public async Task Owner_CreatesAKeyWithTheChosenScopes_ExpiringIn90DaysByDefault()
    {
        var tenant = await fixture.TenantAsync();
        var owner = await PageContexts.MemberAsync(fixture.App, tenant.Id, Roles.Owner);
        await using var context = PageContexts.SignedIn(fixture.App, owner.UserId, out var scope);
        using var _ = scope;
        var page = context.Render<ApiKeysPage>(parameters => parameters.AddCascadingValue(new SessionInfo(tenant.Id, "127.0.0.1")));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=keys-table]")));

        page.Find("input[data-testid=key-name], [data-testid=key-name] input").Input("nightly-report");
        page.Find("input[data-testid='scope-webhooks:read'], [data-testid='scope-webhooks:read'] input").Change(true);
        page.Find("[data-testid=create-key]").Click();

        page.WaitForAssertion(() => Assert.Matches("hb_[0-9a-f]{64}", page.Find("[data-testid=new-key]").TextContent));
        var stored = await fixture.App.QueryAsync(db => db.ApiKeys.SingleAsync(k => k.TenantId == tenant.Id && k.Name == "nightly-report"));
        Assert.Equal("integrations:read webhooks:read", stored.Scopes);
        Assert.Equal(owner.UserId, stored.CreatedByUserId);
        Assert.InRange(stored.ExpiresAt!.Value, DateTime.UtcNow.AddDays(89.9), DateTime.UtcNow.AddDays(90.1));
        page.WaitForAssertion(() => Assert.Contains("webhooks:read", page.Find("[data-testid=keys-table]").TextContent));
        Assert.Contains("active", page.Find("[data-testid=key-state]").TextContent);
    }

    [Fact]
    public async Task WithoutAnyScope_TheKeyCannotBeCreated()
    {
        var tenant = await fixture.TenantAsync();
        var owner = await PageContexts.MemberAsync(fixture.App, tenant.Id, Roles.Owner);
        await using var context = PageContexts.SignedIn(fixture.App, owner.UserId, out var scope);
        using var _ = scope;
        var page = context.Render<ApiKeysPage>(parameters => parameters.AddCascadingValue(new SessionInfo(tenant.Id, "127.0.0.1")));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=keys-table]")));

        page.Find("input[data-testid=key-name], [data-testid=key-name] input").Input("nothing");
        page.Find($"input[data-testid='scope-{ApiKeyScopes.IntegrationsRead}'], [data-testid='scope-{ApiKeyScopes.IntegrationsRead}'] input").Change(false);

        page.WaitForAssertion(() => Assert.True(page.Find("[data-testid=create-key]").HasAttribute("disabled")));
    }
}
