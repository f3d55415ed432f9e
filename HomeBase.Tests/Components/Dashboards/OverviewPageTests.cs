using Bunit;
using HomeBase.Core.Access;
using HomeBase.Tests.Infrastructure;
using HomeBase.Web.Access;
using HomeBase.Web.Dashboards;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.Components.Dashboards;

/// <summary>The overview over a real sync of sandbox contoso: the headline numbers are the stored records', and each integration shows its secret.</summary>
[Trait("Category", "Components")]
public sealed class OverviewPageTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>
{
    [Fact]
    public async Task Overview_ShowsTheStoredNumbersAndTheSecretDaysLeft()
    {
        var tenant = await fixture.App.CreateTenantAsync();
        var integration = await fixture.App.ConnectAsync(tenant, RequestBodies.Contoso);
        await fixture.App.SyncAllAsync(integration);
        var viewer = await PageContexts.MemberAsync(fixture.App, tenant.Id, Roles.Viewer);

        var now = fixture.App.Clock.GetUtcNow().UtcDateTime;
        var expected = new Dictionary<string, long>
        {
            ["high_risk_users"] = await fixture.App.QueryAsync(db => db.IngestedRiskyUsers.LongCountAsync(r => r.IntegrationId == integration && r.RiskLevel == "high" && (r.RiskState == "atRisk" || r.RiskState == "confirmedCompromised"))),
            ["open_high_alerts"] = await fixture.App.QueryAsync(db => db.IngestedAlerts.LongCountAsync(a => a.IntegrationId == integration && a.Severity == "high" && a.Status != "resolved")),
            ["exposed_devices"] = await fixture.App.QueryAsync(db => db.IngestedMachines.LongCountAsync(m => m.IntegrationId == integration && m.ExposureLevel == "High")),
            ["failing_controls"] = await fixture.App.QueryAsync(db => db.IngestedComplianceControls.LongCountAsync(c => c.IntegrationId == integration && c.State == "Failed")),
            ["failed_sign_ins"] = await fixture.App.QueryAsync(db => db.IngestedSignIns.LongCountAsync(s => s.IntegrationId == integration && s.ErrorCode != 0 && s.CreatedAt >= now.AddHours(-24))),
        };
        Assert.All(expected.Where(e => e.Key != "failing_controls"), e => Assert.True(e.Value > 0, $"The sandbox should give {e.Key} something to count."));

        await using var context = PageContexts.SignedIn(fixture.App, viewer.UserId, out var scope);
        using var _ = scope;
        var page = context.Render<OverviewPage>(p => p.AddCascadingValue(new SessionInfo(tenant.Id, "127.0.0.1")));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=overview-integrations]")), TimeSpan.FromSeconds(10));

        foreach (var (key, value) in expected)
        {
            Assert.Equal(value.ToString("N0"), page.Find($"[data-testid=headline-{key}] [data-testid=headline-value]").TextContent.Trim());
        }
        Assert.Matches("(vs|same as) the previous 24h", page.Find("[data-testid=headline-failed_sign_ins] [data-testid=headline-change]").TextContent);
        Assert.Contains("days left", page.Find("[data-testid=overview-integrations]").TextContent);
        Assert.Contains("healthy", page.Find("[data-testid=overview-integrations]").TextContent);
    }

    [Fact]
    public async Task Overview_WithoutIntegrations_SaysWhatToDo()
    {
        var tenant = await fixture.App.CreateTenantAsync();
        var viewer = await PageContexts.MemberAsync(fixture.App, tenant.Id, Roles.Viewer);
        await using var context = PageContexts.SignedIn(fixture.App, viewer.UserId, out var scope);
        using var _ = scope;
        var page = context.Render<OverviewPage>(p => p.AddCascadingValue(new SessionInfo(tenant.Id, "127.0.0.1")));
        page.WaitForAssertion(() => Assert.Contains("Connect an Azure tenant", page.Find("[data-testid=overview-empty]").TextContent));
    }
}
