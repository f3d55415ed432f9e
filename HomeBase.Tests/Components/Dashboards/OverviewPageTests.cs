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
            ["open_incidents"] = await fixture.App.QueryAsync(db => db.IngestedIncidents.LongCountAsync(i => i.IntegrationId == integration && i.Status != "resolved" && i.Status != "redirected")),
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

        // The week's high-signal directory changes, each the count of its stored audits.
        var signals = HomeBase.Core.Ingestion.Records.DirectoryChangeSignals.All;
        var stored = new List<long>();
        foreach (var signal in signals)
        {
            stored.Add(await fixture.App.QueryAsync(db => db.IngestedDirectoryAudits.LongCountAsync(a => a.IntegrationId == integration && a.Signal == signal && a.ActivityAt >= now.AddDays(-7))));
        }
        page.Find("[data-testid=period-7d]").Click();
        // The period changes at once and its numbers when they are read: wait for the numbers.
        page.WaitForAssertion(() => Assert.Equal(stored.Select(n => n.ToString("N0")),
            page.FindAll("[data-testid=directory-changes-to-review] [data-testid=breakdown-item] .hb-count-value").Select(v => v.TextContent.Trim())), TimeSpan.FromSeconds(10));
        Assert.Contains("range=7d", page.Find("[data-testid=all-directory-changes]").GetAttribute("href"));
        var items = page.FindAll("[data-testid=directory-changes-to-review] [data-testid=breakdown-item]");
        foreach (var (signal, item) in signals.Zip(items)) Assert.Contains($"signal={signal}", item.GetAttribute("href"), StringComparison.Ordinal);
        Assert.True(items.Sum(i => long.Parse(i.QuerySelector(".hb-count-value")!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture)) > 0,
            "The sandbox makes high-signal changes every week: a zero proves nothing.");
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
