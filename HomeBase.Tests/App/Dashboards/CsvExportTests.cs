using System.Net;
using HomeBase.Core.Access;
using HomeBase.Tests.Components.Dashboards;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.App.Dashboards;

/// <summary>The CSV export over HTTP with a signed-in browser session: the page's filters, every row, and nobody else's data.</summary>
[Trait("Category", "App")]
public sealed class CsvExportTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    private const string Password = "Correct-Horse-9-Battery";

    private async Task<BrowserlessSession> SignedInAsync(string tenantId, string role)
    {
        var email = $"export-{Guid.NewGuid():N}@example.test";
        await TestMembers.AddAsync(fixture.App.Services, tenantId, role, email, "Pat Export");
        var session = new BrowserlessSession(fixture.App.BaseAddress);
        var signIn = await session.SubmitAsync("/account/login", new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return session;
    }

    [Fact]
    public async Task Export_GivesEveryFilteredRecordAsCsv()
    {
        var since = fixture.Now.AddDays(-7);
        var failed = await fixture.App.QueryAsync(db => db.IngestedSignIns.LongCountAsync(s => s.IntegrationId == fixture.Contoso && s.ErrorCode != 0 && s.CreatedAt >= since));
        using var session = await SignedInAsync(fixture.Tenant.Id, Roles.Viewer);

        var response = await session.GetAsync($"/export/sign_ins.csv?integration={fixture.Contoso}&range=7d&result=failure");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Time (UTC),User,Application,Result,Conditional Access,Country,City,IP address,Client,Risk", lines[0]);
        Assert.Equal(failed, lines.Length - 1);
        Assert.DoesNotContain(lines.Skip(1), l => l.Contains(",Success,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_OfAllIntegrations_CoversBoth()
    {
        var alerts = await fixture.App.QueryAsync(db => db.IngestedAlerts.LongCountAsync(a => a.CreatedAt >= fixture.Now.AddDays(-30)
            && (a.IntegrationId == fixture.Contoso || a.IntegrationId == fixture.Northwind)));
        using var session = await SignedInAsync(fixture.Tenant.Id, Roles.Viewer);
        var csv = await (await session.GetAsync("/export/alerts.csv?range=30d")).Content.ReadAsStringAsync();
        Assert.Equal(alerts, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1);
    }

    [Fact]
    public async Task Export_KeepsMicrosoftsValues_WherePagesShowWords()
    {
        using var session = await SignedInAsync(fixture.Tenant.Id, Roles.Viewer);
        var csv = await (await session.GetAsync($"/export/alerts.csv?integration={fixture.Contoso}&range=30d&category=CredentialAccess")).Content.ReadAsStringAsync();
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length > 1);
        Assert.All(lines.Skip(1), line => Assert.Contains("CredentialAccess", line));
        Assert.DoesNotContain("Credential access", csv);
    }

    [Fact]
    public async Task Export_OfAnotherTenantsIntegration_IsNotFound()
    {
        var other = await fixture.App.CreateTenantAsync("Other");
        using var session = await SignedInAsync(other.Id, Roles.Owner);
        var response = await session.GetAsync($"/export/sign_ins.csv?integration={fixture.Contoso}&range=7d");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("@", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Export_WithoutSigningIn_IsRefused()
    {
        using var session = new BrowserlessSession(fixture.App.BaseAddress);
        var response = await session.GetAsync($"/export/sign_ins.csv?integration={fixture.Contoso}");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Time (UTC)", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Export_WithABadRange_ExplainsIt()
    {
        using var session = await SignedInAsync(fixture.Tenant.Id, Roles.Viewer);
        var response = await session.GetAsync("/export/sign_ins.csv?range=custom&from=2026-11-20");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("from and a to date", await response.Content.ReadAsStringAsync());
    }
}
