using Bunit;
using HomeBase.Core.Access;
using HomeBase.Tests.Infrastructure;
using HomeBase.Web.Access;
using HomeBase.Web.ApiKeys;
using HomeBase.Web.Auditing;
using HomeBase.Web.Webhooks;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.Components.Access;

/// <summary>
/// The UI half of the role matrix: each page rendered for a real viewer, admin and owner of a tenant (real database,
/// real membership lookup) shows its content to the roles it is for and a plain refusal to the rest.
/// </summary>
[Trait("Category", "Components")]
public sealed class RoleMatrixPageTests(HomeBaseAppFixture fixture) : IClassFixture<HomeBaseAppFixture>
{
    public static TheoryData<string, string, bool> Matrix()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var (page, required) in Pages)
        {
            foreach (var role in Roles.All) data.Add(page, role, Roles.Allows(role, required));
        }
        return data;
    }

    private static readonly (string Page, string Required)[] Pages =
    [
        ("audit", Roles.Admin),
        ("api-keys", Roles.Owner),
        ("users", Roles.Owner),
        ("account", Roles.Viewer),
        ("integrations", Roles.Viewer),
        ("connect-azure", Roles.Admin),
        ("webhooks", Roles.Admin),
    ];

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task EachPage_ShowsItsContentOnlyToTheRolesItIsFor(string page, string role, bool allowed)
    {
        var tenant = await fixture.TenantAsync();
        var userId = (await PageContexts.MemberAsync(fixture.App, tenant.Id, role)).UserId;
        await using var context = PageContexts.SignedIn(fixture.App, userId, out var scope);
        using var _ = scope;

        IRenderedComponent<IComponent> rendered = page switch
        {
            "audit" => Render<AuditPage>(context, tenant.Id),
            "api-keys" => Render<ApiKeysPage>(context, tenant.Id),
            "users" => Render<UsersPage>(context, tenant.Id),
            "integrations" => Render<HomeBase.Web.Integrations.IntegrationListPage>(context, tenant.Id),
            "connect-azure" => Render<HomeBase.Web.Integrations.Connect.ConnectWizardPage>(context, tenant.Id),
            "webhooks" => Render<WebhooksPage>(context, tenant.Id),
            _ => Render<AccountPage>(context, tenant.Id),
        };

        var content = page switch
        {
            "audit" => "audit-table",
            "api-keys" => "keys-table",
            "users" => "users-table",
            "integrations" => "no-integrations",
            "connect-azure" => "wizard",
            "webhooks" => "no-webhooks",
            _ => "account-facts",
        };
        rendered.WaitForAssertion(() => Assert.NotEmpty(rendered.FindAll($"[data-testid={content}], [data-testid=not-allowed]")));
        Assert.Equal(allowed, rendered.FindAll($"[data-testid={content}]").Count > 0);
        Assert.Equal(!allowed, rendered.FindAll("[data-testid=not-allowed]").Count > 0);
        if (!allowed) Assert.Contains($"yours is {role}", rendered.Find("[data-testid=not-allowed]").TextContent);
    }

    [Fact]
    public async Task ChoosingAnotherTenantsId_ShowsNothingOfThatTenant()
    {
        var alpha = await fixture.App.CreateTenantAsync("Alpha");
        var bravo = await fixture.App.CreateTenantAsync("Bravo");
        var alphaOwner = (await PageContexts.MemberAsync(fixture.App, alpha.Id, Roles.Owner)).UserId;
        await PageContexts.MemberAsync(fixture.App, bravo.Id, Roles.Owner);
        await using var context = PageContexts.SignedIn(fixture.App, alphaOwner, out var scope);
        using var _ = scope;

        // A tampered tenant cookie names Bravo; the page stays in the user's own tenant.
        var page = context.Render<UsersPage>(parameters => parameters.AddCascadingValue(new SessionInfo(bravo.Id, "127.0.0.1")));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=users-table]")));
        Assert.Contains("in Alpha", page.Markup);
        Assert.DoesNotContain("Bravo", page.Markup);
        Assert.Single(page.FindAll("[data-testid=users-table] tbody tr"));
    }

    private static IRenderedComponent<IComponent> Render<TPage>(BunitContext context, string tenantId) where TPage : IComponent =>
        (IRenderedComponent<IComponent>)context.Render<TPage>(parameters => parameters.AddCascadingValue(new SessionInfo(tenantId, "127.0.0.1")));
}
