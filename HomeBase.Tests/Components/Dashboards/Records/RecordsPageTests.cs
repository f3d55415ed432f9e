using Bunit;
using HomeBase.Tests.Infrastructure;
using HomeBase.Web.Dashboards.Records;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.Components.Dashboards.Records;

/// <summary>The records table behind every number: server-side pages, the filters from the address as chips, and sorting.</summary>
[Trait("Category", "Components")]
public sealed class RecordsPageTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task FailedSignIns_ShowsTheFilteredRecordsWithTheirTotal()
    {
        var since = fixture.Now.AddDays(-7);
        var failed = await fixture.App.QueryAsync(db => db.IngestedSignIns.LongCountAsync(s => s.IntegrationId == fixture.Contoso && s.ErrorCode != 0 && s.CreatedAt >= since));
        await using var context = PageContexts.SignedIn(fixture.App, fixture.Viewer.UserId, out var scope);
        using var _ = scope;
        var page = fixture.Render<RecordsPage>(context, $"/records/sign_ins?integration={fixture.Contoso}&range=7d&result=failure",
            p => p.Add(x => x.Kind, "sign_ins"));
        page.WaitForAssertion(() => Assert.Equal($"{failed:N0} record(s)", page.Find("[data-testid=record-total]").TextContent.Trim()), TimeSpan.FromSeconds(10));

        Assert.Contains("Result: failure", page.Find("[data-testid=record-filter]").TextContent);
        var rows = page.FindAll("[data-testid=records-grid] tbody tr");
        Assert.Equal((int)Math.Min(25, failed), rows.Count);
        // The Result column (the fourth) of every row is a failure.
        Assert.All(rows, r => Assert.NotEqual("Success", r.QuerySelectorAll("td")[3].TextContent.Trim()));
        Assert.Contains($"/export/sign_ins.csv?integration={fixture.Contoso}&range=7d&result=failure", page.Find("[data-testid=export-csv]").GetAttribute("href"));
    }

    [Fact]
    public async Task UnknownTable_SaysSo()
    {
        await using var context = PageContexts.SignedIn(fixture.App, fixture.Viewer.UserId, out var scope);
        using var _ = scope;
        var page = fixture.Render<RecordsPage>(context, "/records/passwords", p => p.Add(x => x.Kind, "passwords"));
        page.WaitForAssertion(() => Assert.Contains("no table named 'passwords'", page.Find("[data-testid=filter-error]").TextContent));
    }
}
