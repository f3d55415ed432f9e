using Bunit;
using HomeBase.Core.Dashboards;
using HomeBase.Tests.Infrastructure;
using HomeBase.Web.Dashboards;
using HomeBase.Web.Dashboards.Records;
using Microsoft.AspNetCore.WebUtilities;

namespace HomeBase.Tests.Components.Dashboards;

/// <summary>
/// Pages show words ("Credential access", "At risk") for Microsoft's values, while the links behind them, the
/// filters and the records' raw values stay Microsoft's own.
/// </summary>
[Trait("Category", "Components")]
public sealed class DisplayNamesOnPagesTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    /// <summary>The value of one filter in a dashboard link.</summary>
    private static string FilterIn(string href, string key) => QueryHelpers.ParseQuery(new Uri("http://x" + href).Query)[key].ToString();

    [Fact]
    public async Task Breakdowns_ShowWords_AndLinkWithMicrosoftsValues()
    {
        await using var context = PageContexts.SignedIn(fixture.App, fixture.Viewer.UserId, out var scope);
        using var _ = scope;
        var alerts = fixture.Render<AlertsPage>(context, $"/dashboards/alerts?integration={fixture.Contoso}&range=30d");
        alerts.WaitForAssertion(() => Assert.NotEmpty(alerts.FindAll("[data-testid=alerts-by-category] [data-testid=breakdown-item]")), TimeSpan.FromSeconds(10));

        var categories = alerts.FindAll("[data-testid=alerts-by-category] [data-testid=breakdown-item]")
            .Select(item => (Label: item.QuerySelector(".hb-count-label")!.TextContent.Trim(), Value: FilterIn(item.GetAttribute("href")!, "category"))).ToList();
        Assert.Contains(categories, c => c is { Value: "CredentialAccess", Label: "Credential access" });
        Assert.All(categories, c => Assert.Equal(DisplayNames.Of(c.Value), c.Label));
        var statuses = alerts.FindAll("[data-testid=alerts-by-status] [data-testid=breakdown-item]")
            .Select(item => (Label: item.QuerySelector(".hb-count-label")!.TextContent.Trim(), Value: FilterIn(item.GetAttribute("href")!, "status"))).ToList();
        Assert.Contains(statuses, s => s is { Value: "inProgress", Label: "In progress" });

        var identity = fixture.Render<IdentityRiskPage>(context, $"/dashboards/identity?integration={fixture.Contoso}&range=30d");
        identity.WaitForAssertion(() => Assert.NotEmpty(identity.FindAll("[data-testid=risky-by-state] [data-testid=breakdown-item]")), TimeSpan.FromSeconds(10));
        var states = identity.FindAll("[data-testid=risky-by-state] [data-testid=breakdown-item]")
            .Select(item => (Label: item.QuerySelector(".hb-count-label")!.TextContent.Trim(), Value: FilterIn(item.GetAttribute("href")!, "state"))).ToList();
        Assert.Contains(states, s => s is { Value: "atRisk", Label: "At risk" });
        Assert.DoesNotContain("atRisk", identity.Find("[data-testid=risky-by-state]").TextContent);
    }

    [Fact]
    public async Task RecordsTable_ShowsWords_WhileItsFilterKeepsTheValue()
    {
        await using var context = PageContexts.SignedIn(fixture.App, fixture.Viewer.UserId, out var scope);
        using var _ = scope;
        var page = fixture.Render<RecordsPage>(context, $"/records/alerts?integration={fixture.Contoso}&range=30d&category=CredentialAccess",
            p => p.Add(x => x.Kind, "alerts"));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=records-grid] tbody tr td")), TimeSpan.FromSeconds(10));

        Assert.Contains("CredentialAccess", page.Find("[data-testid=record-filter]").TextContent);
        var rows = page.FindAll("[data-testid=records-grid] tbody tr").Select(r => r.TextContent).ToList();
        Assert.All(rows, row => Assert.Contains("Credential access", row));
        Assert.All(rows, row => Assert.DoesNotContain("CredentialAccess", row));
    }
}
