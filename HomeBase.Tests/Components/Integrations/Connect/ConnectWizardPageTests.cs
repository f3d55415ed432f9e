using Bunit;
using HomeBase.Core.Access;
using HomeBase.Core.Integrations.Connect;
using HomeBase.Tests.Infrastructure;
using HomeBase.Web.Access;
using HomeBase.Web.Integrations.Connect;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.Components.Integrations.Connect;

/// <summary>
/// Each wizard step's logic, rendered with bUnit against the real app and sandbox: field messages from the API's own
/// rules, the secret-ID warning, blocked data that must be confirmed, the consent re-check, and resuming a draft.
/// </summary>
[Trait("Category", "Components")]
public sealed class ConnectWizardPageTests(HomeBaseAppFixture fixture) : IClassFixture<HomeBaseAppFixture>
{
    [Fact]
    public async Task Credentials_ShowTheApiRulesMessagesAndSpotAPastedSecretId()
    {
        var (admin, context, scope) = await WizardAsync(new ConnectWizardAnswers { Step = (int)ConnectWizardStep.Credentials, Cloud = "sandbox" }, secret: null);
        await using var _ = context;
        using var __ = scope;
        var page = Render(context, admin);
        page.WaitForAssertion(() => page.Find("#azure-tenant-id"));

        page.Find("#azure-tenant-id").Input("contoso.onmicrosoft.com");
        page.Find("#azure-tenant-id").Blur();
        page.WaitForAssertion(() => Assert.Contains("Must be the Directory (tenant) ID, a GUID", page.Markup));
        // Screen readers hear the message with the field: the input points at it.
        var describedBy = page.Find("#azure-tenant-id").GetAttribute("aria-describedby");
        Assert.False(string.IsNullOrEmpty(describedBy), page.Find("#azure-tenant-id").ParentElement!.ParentElement!.ParentElement!.OuterHtml);
        Assert.Contains("Must be the Directory (tenant) ID", string.Concat(describedBy!.Split(' ').Select(id => page.Find($"[id='{id}']").TextContent)));
        Assert.Equal("true", page.Find("#azure-tenant-id").GetAttribute("aria-invalid"));

        page.Find("#client-secret").Input("6b8d0f2c-4e6a-4b9d-8f1c-3d5f7b9e1a2c");
        page.WaitForAssertion(() => Assert.Contains("This is the secret's ID, not its value", page.Markup));

        // "Check credentials" with fields still wrong asks nothing of Azure and names every field.
        page.Find("[data-testid=check-credentials]").Click();
        page.WaitForAssertion(() => Assert.Contains("Required: the Application (client) ID", page.Markup));
        Assert.Empty(page.FindAll("[data-testid=check-ok], [data-testid=check-failed]"));
    }

    [Fact]
    public async Task Data_BlockedStreamsMustBeConfirmedBeforeReview()
    {
        var northwind = new ConnectWizardAnswers
        {
            Step = (int)ConnectWizardStep.Data, Cloud = "sandbox", AzureTenantId = "5e7b0c4a-8d3f-4a9c-9e2b-4f6d8c0a3e5b",
            ClientId = "b4d9e6c2-3f5a-4c8b-8d7e-2f9b1c3a5e7d",
        };
        var (admin, context, scope) = await WizardAsync(northwind, "Sbx8Q~northwind.HomeBase-sandbox-secret-01");
        await using var _ = context;
        using var __ = scope;
        var page = Render(context, admin);

        // Resumed at the data step, re-checked: northwind's Defender machines lack a licence.
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=draft-resumed]")), TimeSpan.FromSeconds(30));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=ack-ingest_defender]")), TimeSpan.FromSeconds(30));
        Assert.Contains("missing licence", page.Find("[data-testid=toggle-ingest_defender]").TextContent);

        page.Find("[data-testid=wizard-next]").Click();
        page.WaitForAssertion(() => Assert.Contains("blocked streams", page.Find("[data-testid=wizard-blocker]").TextContent));

        foreach (var toggle in new[] { "ingest_entra_id", "ingest_defender", "ingest_activity_logs", "ingest_defender_for_cloud" })
        {
            var box = page.Find($"[data-testid=ack-{toggle}]");
            (box.TagName == "INPUT" ? box : box.QuerySelector("input")!).Change(true);
        }
        page.Find("[data-testid=wizard-next]").Click();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=review]")));
        Assert.Contains("ready; the rest start once fixed", page.Find("[data-testid=review]").TextContent);
        // No name was given: it will be saved under the directory's own name, which the check read from Graph.
        Assert.Equal("Northwind Traders", page.Find("[data-testid=review-name]").TextContent.Trim());
    }

    [Fact]
    public async Task Consent_RecheckProceedsOnceTheRolesAppear()
    {
        // A tenant of the fixture's own sandbox whose consent this test may flip: fabrikam's is restored afterwards.
        var fabrikam = new ConnectWizardAnswers
        {
            Step = (int)ConnectWizardStep.Consent, Cloud = "sandbox", AzureTenantId = "4d6a9b3f-7c2e-4f8b-8d1a-3e5c7b9f2d4a",
            ClientId = "a3c8d5b1-2e4f-4b7a-9c6d-1e8a0b2f4d6c",
        };
        var (admin, context, scope) = await WizardAsync(fabrikam, "Sbx8Q~fabrikam.HomeBase-sandbox-secret-01");
        await using var _ = context;
        using var __ = scope;
        try
        {
            var page = Render(context, admin);
            page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=consent-needed]")), TimeSpan.FromSeconds(30));
            Assert.Contains("/adminconsent?client_id=a3c8d5b1-2e4f-4b7a-9c6d-1e8a0b2f4d6c", page.Find("[data-testid=consent-link]").GetAttribute("href"));

            (await fixture.App.SandboxControlAsync(HttpMethod.Put, "/tenants/fabrikam/consent", new { consented = true })).EnsureSuccessStatusCode();
            page.Find("[data-testid=consent-recheck]").Click();
            page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=consent-ok]")), TimeSpan.FromSeconds(30));
            page.Find("[data-testid=wizard-next]").Click();
            page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=toggle-ingest_entra_id]")));
        }
        finally
        {
            await fixture.App.SandboxControlAsync(HttpMethod.Put, "/tenants/fabrikam/consent", new { consented = false });
        }
    }

    [Fact]
    public async Task Cancel_DiscardsTheDraft()
    {
        var (admin, context, scope) = await WizardAsync(new ConnectWizardAnswers { Step = (int)ConnectWizardStep.Register, Cloud = "global" }, "a-secret-value");
        await using var _ = context;
        using var __ = scope;
        var page = Render(context, admin);
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=draft-resumed]")));
        page.Find("[data-testid=wizard-cancel]").Click();
        page.WaitForAssertion(() => Assert.Equal(0, fixture.App.QueryAsync(db => db.ConnectWizardDrafts.CountAsync(d => d.UserId == admin.UserId)).Result));
    }

    private static IRenderedComponent<ConnectWizardPage> Render(BunitContext context, TenantAccess admin) =>
        context.Render<ConnectWizardPage>(parameters => parameters.AddCascadingValue(new SessionInfo(admin.TenantId, "127.0.0.1")));

    /// <summary>A new admin of a new tenant, with a saved draft, and a bUnit context signed in as them.</summary>
    private async Task<(TenantAccess Admin, BunitContext Context, IServiceScope Scope)> WizardAsync(ConnectWizardAnswers answers, string? secret)
    {
        var tenant = await fixture.TenantAsync();
        var admin = await PageContexts.MemberAsync(fixture.App, tenant.Id, Roles.Admin);
        await fixture.App.Services.GetRequiredService<ConnectWizardDraftService>().SaveAsync(admin, answers, secret);
        var context = PageContexts.SignedIn(fixture.App, admin.UserId, out var scope);
        return (admin, context, scope);
    }
}
