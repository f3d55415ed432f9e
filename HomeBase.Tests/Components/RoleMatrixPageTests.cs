using System.Security.Claims;
using Bunit;
using HomeBase.Core.Access;
using HomeBase.Tests.Infrastructure;
using HomeBase.Web.Components.Pages;
using HomeBase.Web.Components.Pages.Settings;
using HomeBase.Web.Features.Access;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace HomeBase.Tests.Components;

/// <summary>
/// The UI half of the role matrix: each page rendered for a real viewer, admin and owner of a tenant (real database,
/// real membership lookup) shows its content to the roles it is for and a plain refusal to the rest.
/// </summary>
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
    ];

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task EachPage_ShowsItsContentOnlyToTheRolesItIsFor(string page, string role, bool allowed)
    {
        var tenant = await fixture.TenantAsync();
        var userId = await MemberAsync(tenant.Id, role);
        await using var context = NewContext(userId, out var scope);
        using var _ = scope;

        IRenderedComponent<IComponent> rendered = page switch
        {
            "audit" => Render<Audit>(context, tenant.Id),
            "api-keys" => Render<ApiKeys>(context, tenant.Id),
            "users" => Render<Users>(context, tenant.Id),
            _ => Render<Account>(context, tenant.Id),
        };

        var content = page switch
        {
            "audit" => "audit-table",
            "api-keys" => "keys-table",
            "users" => "users-table",
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
        var alphaOwner = await MemberAsync(alpha.Id, Roles.Owner);
        await MemberAsync(bravo.Id, Roles.Owner);
        await using var context = NewContext(alphaOwner, out var scope);
        using var _ = scope;

        // A tampered tenant cookie names Bravo; the page stays in the user's own tenant.
        var page = context.Render<Users>(parameters => parameters.AddCascadingValue(new SessionInfo(bravo.Id, "127.0.0.1")));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=users-table]")));
        Assert.Contains("in Alpha", page.Markup);
        Assert.DoesNotContain("Bravo", page.Markup);
        Assert.Single(page.FindAll("[data-testid=users-table] tbody tr"));
    }

    private BunitContext NewContext(string userId, out IServiceScope scope)
    {
        var context = new BunitContext();
        var appScope = scope = fixture.App.Services.CreateScope();
        context.Services.AddMudServices();
        // The page's own access resolver over bUnit's signed-in user; everything else (database, Core services) is the app's.
        context.Services.AddScoped(services => new CurrentAccess(
            services.GetRequiredService<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider>(),
            appScope.ServiceProvider.GetRequiredService<AccountService>()));
        context.Services.AddFallbackServiceProvider(appScope.ServiceProvider);
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.AddAuthorization().SetAuthorized("pat@example.test").SetClaims(new Claim(ClaimTypes.NameIdentifier, userId));
        return context;
    }

    private static IRenderedComponent<IComponent> Render<TPage>(BunitContext context, string tenantId) where TPage : IComponent =>
        (IRenderedComponent<IComponent>)context.Render<TPage>(parameters => parameters.AddCascadingValue(new SessionInfo(tenantId, "127.0.0.1")));

    /// <summary>A real account with <paramref name="role"/> in the tenant, added the way an owner adds people.</summary>
    private async Task<string> MemberAsync(string tenantId, string role)
    {
        using var scope = fixture.App.Services.CreateScope();
        var owner = new TenantAccess("bootstrap", "Bootstrap owner", tenantId, "Acme", Roles.Owner, null);
        var added = await scope.ServiceProvider.GetRequiredService<MemberService>()
            .AddAsync(owner, $"{role}-{Guid.NewGuid():N}@example.test", $"Pat {role}", "Correct-Horse-9-Battery", role);
        return added.Value!.UserId;
    }
}
