using Bunit;
using HomeBase.Core.Access;
using HomeBase.Core.Integrations;
using HomeBase.Tests.Infrastructure;
using HomeBase.Web.Access;
using HomeBase.Web.Integrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.Components.Integrations;

/// <summary>The integration page: what viewers see, and the rotation an admin runs from it (verify first, then swap).</summary>
[Trait("Category", "Components")]
public sealed class IntegrationDetailTests(HomeBaseAppFixture fixture) : IClassFixture<HomeBaseAppFixture>
{
    [Fact]
    public async Task RotateSecret_ClickedTwice_OpensOneDialog()
    {
        var (context, scope, dialogs, page) = await OpenAsAdminAsync();
        await using var _ = context;
        using var __ = scope;

        page.Find("[data-testid=rotate-secret]").Click();
        page.Find("[data-testid=rotate-secret]").Click();

        dialogs.WaitForAssertion(() => Assert.Single(dialogs.FindAll("#new-secret")));
    }

    [Fact]
    public async Task Admin_RotatesTheSecret_AWrongOneChangesNothingAndAGoodOneIsSwappedIn()
    {
        var (context, scope, dialogs, page) = await OpenAsAdminAsync();
        await using var _ = context;
        using var __ = scope;

        page.Find("[data-testid=rotate-secret]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("az ad app credential reset --id 9e2b7c4a-1f3d-4a6e-8b5c-0d7f9a1e3c5b", dialogs.Find("[data-testid=rotation-cli]").TextContent));
        dialogs.Find("#new-secret").Input("Sbx8Q~certainly-not-this-apps-secret");
        dialogs.Find("[data-testid=rotate-confirm]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("client secret is not valid", dialogs.Find("[data-testid=rotation-error]").TextContent), TimeSpan.FromSeconds(30));

        (await fixture.App.SandboxControlAsync(HttpMethod.Post, "/tenants/contoso/secrets", new { value = "Nw5Q~contoso.rotated-in-the-ui", expiresInDays = 700 })).EnsureSuccessStatusCode();
        dialogs.Find("#new-secret").Input("Nw5Q~contoso.rotated-in-the-ui");
        dialogs.Find("[data-testid=rotate-confirm]").Click();
        page.WaitForAssertion(() => Assert.Contains("delete the old one (it starts with Sbx)", page.Find("[data-testid=integration-message]").TextContent), TimeSpan.FromSeconds(30));
        Assert.Contains("Nw5••••••", page.Find("[data-testid=integration-facts]").TextContent);
    }

    [Fact]
    public async Task Rotation_LosingARaceWithADelete_SaysToReloadAndTheDeleteStands()
    {
        var (admin, id) = await ContosoAsync(Roles.Admin);
        await using var context = PageContexts.SignedIn(fixture.App, admin.UserId, out var scope);
        using var _ = scope;
        var dialogs = context.Render<MudBlazor.MudDialogProvider>();
        var page = context.Render<IntegrationDetailPage>(p => p.Add(x => x.Id, id).AddCascadingValue(new SessionInfo(admin.TenantId, "127.0.0.1")));
        page.WaitForAssertion(() => Assert.Contains("connected", page.Find("[data-testid=integration-status]").TextContent));
        (await fixture.App.SandboxControlAsync(HttpMethod.Post, "/tenants/contoso/secrets", new { value = "Rce5Q~contoso.raced-in-the-ui", expiresInDays = 700 })).EnsureSuccessStatusCode();
        // Microsoft is slow to answer the new secret's checks, and meanwhile someone deletes the integration.
        await fixture.App.SandboxControlAsync(HttpMethod.Post, "/faults", new { kind = "slow", tenant = "contoso", path = "/graph/", delay_ms = 1500 });
        try
        {
            page.Find("[data-testid=rotate-secret]").Click();
            dialogs.WaitForAssertion(() => Assert.Single(dialogs.FindAll("#new-secret")));
            dialogs.Find("#new-secret").Input("Rce5Q~contoso.raced-in-the-ui");
            dialogs.Find("[data-testid=rotate-confirm]").Click();
            await Task.Delay(500);
            var deleted = await fixture.App.Services.GetRequiredService<IntegrationService>().DeleteAsync(admin.TenantId, id, HomeBase.Core.Platform.Common.Actor.System);
            Assert.True(deleted.Succeeded);

            dialogs.WaitForAssertion(() => Assert.Contains("changed by someone or something else while this request ran", dialogs.Find("[data-testid=rotation-error]").TextContent),
                TimeSpan.FromSeconds(30));
        }
        finally
        {
            await fixture.App.SandboxControlAsync(HttpMethod.Delete, "/faults");
        }
        var stored = await fixture.App.QueryAsync(db => db.Integrations.AsNoTracking().SingleAsync(i => i.Id == id));
        Assert.Equal((IntegrationStatuses.Deleted, (string?)null), (stored.Status, stored.ProtectedClientSecret));
    }

    [Fact]
    public async Task Viewer_SeesTheGridButNoChanges()
    {
        var (viewer, id) = await ContosoAsync(Roles.Viewer);
        await using var context = PageContexts.SignedIn(fixture.App, viewer.UserId, out var scope);
        using var _ = scope;
        var page = context.Render<IntegrationDetailPage>(p => p.Add(x => x.Id, id).AddCascadingValue(new SessionInfo(viewer.TenantId, "127.0.0.1")));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=stream-grid]")));
        Assert.Empty(page.FindAll("[data-testid=rotate-secret], [data-testid=delete-integration], [data-testid=reverify], [data-testid=edit-config]"));
        Assert.Equal("AuditLog.Read.All + Directory.Read.All", page.Find("[data-needs=directory_audits]").TextContent.Trim());
        Assert.Equal("AuditLog.Read.All", page.Find("[data-needs=sign_ins]").TextContent.Trim());
        // Contoso granted the seed's SecurityEvents.Read.All (Secure Score) and SecurityAlert.Read.All: nothing relies on the
        // removed legacy alerts API, so no warning about it.
        Assert.Empty(page.FindAll("[data-testid=retirement-warning][data-retirement=graph_legacy_security_alerts]"));
    }

    [Fact]
    public async Task Banner_WarnsOnEveryPageFromSevenDaysBeforeExpiry()
    {
        var (viewer, id) = await ContosoAsync(Roles.Viewer);
        await using var context = PageContexts.SignedIn(fixture.App, viewer.UserId, out var scope);
        using var _ = scope;
        var banner = () => context.Render<HomeBase.Web.Integrations.Credentials.SecretExpiryBanner>(p => p.AddCascadingValue(new SessionInfo(viewer.TenantId, "127.0.0.1")));

        await SetExpiryAsync(id, TimeSpan.FromDays(20));
        var calm = banner();
        calm.WaitForAssertion(() => Assert.Empty(calm.FindAll("[data-testid=secret-expiry-banner]")));

        await SetExpiryAsync(id, TimeSpan.FromDays(3.5));
        var warned = banner();
        warned.WaitForAssertion(() => Assert.Contains("expires in 3 days", warned.Find("[data-testid=secret-expiry-banner]").TextContent));
        Assert.Equal($"/integrations/{id}", warned.Find("[data-testid=secret-expiry-banner] a").GetAttribute("href"));

        await SetExpiryAsync(id, TimeSpan.FromDays(-1));
        var expired = banner();
        expired.WaitForAssertion(() => Assert.Contains("has expired", expired.Find("[data-testid=secret-expiry-banner]").TextContent));
    }

    /// <summary>A contoso integration's page with a dialog provider, signed in as an admin, once it shows the integration connected.</summary>
    private async Task<(BunitContext Context, IServiceScope Scope, IRenderedComponent<MudBlazor.MudDialogProvider> Dialogs, IRenderedComponent<IntegrationDetailPage> Page)>
        OpenAsAdminAsync()
    {
        var (admin, id) = await ContosoAsync(Roles.Admin);
        var context = PageContexts.SignedIn(fixture.App, admin.UserId, out var scope);
        var dialogs = context.Render<MudBlazor.MudDialogProvider>();
        var page = context.Render<IntegrationDetailPage>(p => p.Add(x => x.Id, id).AddCascadingValue(new SessionInfo(admin.TenantId, "127.0.0.1")));
        page.WaitForAssertion(() => Assert.Contains("connected", page.Find("[data-testid=integration-status]").TextContent));
        return (context, scope, dialogs, page);
    }

    private Task SetExpiryAsync(string id, TimeSpan fromNow) => fixture.App.QueryAsync(db =>
        db.Integrations.Where(i => i.Id == id).ExecuteUpdateAsync(u => u.SetProperty(i => i.ClientSecretExpiresAt, DateTime.UtcNow + fromNow)));

    /// <summary>A contoso integration in a new tenant, and a member of that tenant with <paramref name="role"/>.</summary>
    private async Task<(TenantAccess Member, string IntegrationId)> ContosoAsync(string role)
    {
        var tenant = await fixture.TenantAsync();
        var admin = await PageContexts.MemberAsync(fixture.App, tenant.Id, Roles.Admin);
        var member = role == Roles.Admin ? admin : await PageContexts.MemberAsync(fixture.App, tenant.Id, role);
        var created = await fixture.App.Services.GetRequiredService<TenantIntegrations>().CreateAsync(admin, new CreateIntegrationRequest
        {
            Cloud = "sandbox",
            Credentials = new CredentialsInput { AzureTenantId = RequestBodies.Contoso.AzureTenantId, ClientId = RequestBodies.Contoso.ClientId, ClientSecret = RequestBodies.Contoso.Secret },
            Config = new ConfigInput { IngestEntraId = true, IngestDefender = true, IngestActivityLogs = true },
        });
        Assert.True(created.Succeeded, created.Failure?.Detail);
        return (member, created.Value!.Integration.Id);
    }
}
