using System.Net;
using HomeBase.Core.Access;
using HomeBase.Core.Dashboards;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.App.Dashboards;

/// <summary>
/// A headline number and the records its link opens are the same set: the admin who clicks "12 open high-severity
/// alerts" gets those 12, old ones included.
/// </summary>
[Trait("Category", "App")]
public sealed class OverviewHeadlineTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>
{
    [Fact]
    public async Task OpenHighSeverityAlerts_CountTheRecordsTheirLinkOpens_OldOnesIncluded()
    {
        var tenant = await fixture.App.CreateTenantAsync();
        var integration = await fixture.App.ConnectAsync(tenant, RequestBodies.Contoso);
        await fixture.App.SyncAllAsync(integration);
        // Two open high-severity alerts from two months ago: still open, still to be counted and opened.
        var old = fixture.App.Clock.GetUtcNow().UtcDateTime.AddDays(-60);
        var aged = await fixture.App.QueryAsync(async db =>
        {
            var ids = await db.IngestedAlerts.Where(a => a.IntegrationId == integration && a.Severity == "high" && a.Status != "resolved")
                .OrderBy(a => a.SourceId).Select(a => a.SourceId).Take(2).ToListAsync();
            return await db.IngestedAlerts.Where(a => a.IntegrationId == integration && ids.Contains(a.SourceId))
                .ExecuteUpdateAsync(a => a.SetProperty(x => x.CreatedAt, old));
        });
        Assert.Equal(2, aged);
        var open = await fixture.App.QueryAsync(db => db.IngestedAlerts.LongCountAsync(a => a.IntegrationId == integration && a.Severity == "high" && a.Status != "resolved"));
        var viewer = await TestMembers.AddAsync(fixture.App.Services, tenant.Id, Roles.Viewer);

        var overview = (await fixture.App.Services.GetRequiredService<OverviewService>().GetAsync(viewer, TimeSpan.FromHours(24))).Value!;
        var headline = overview.Headlines.Single(h => h.Key == "open_high_alerts");

        Assert.Equal(open, headline.Value);
        Assert.Equal(open, await RowsBehindAsync(viewer, headline.Href!));
    }

    [Fact]
    public async Task FirstSync_IsNotCountedAsNew_WhatAppearsAfterItIs()
    {
        var tenant = await fixture.App.CreateTenantAsync();
        var integration = await fixture.App.ConnectAsync(tenant, RequestBodies.Contoso);
        await fixture.App.SyncAllAsync(integration);
        var viewer = await TestMembers.AddAsync(fixture.App.Services, tenant.Id, Roles.Viewer);
        var overviews = fixture.App.Services.GetRequiredService<OverviewService>();

        // Right after the first sync: every device, control and risky user was found by it, and none of them is news.
        var first = (await overviews.GetAsync(viewer, TimeSpan.FromHours(24))).Value!;
        string[] states = ["high_risk_users", "exposed_devices", "failing_controls"];
        foreach (var key in states)
        {
            var headline = first.Headlines.Single(h => h.Key == key);
            Assert.True(headline.FirstSyncInPeriod, key);
            Assert.Equal(0, headline.NewInPeriod);
        }
        Assert.True(first.Headlines.Single(h => h.Key == "exposed_devices").Value > 0);

        // A highly exposed device HomeBase meets after the first sync is new.
        fixture.App.Clock.Advance(TimeSpan.FromMinutes(5));
        var now = fixture.App.Clock.GetUtcNow().UtcDateTime;
        Assert.Equal(1, await fixture.App.QueryAsync(async db =>
        {
            var device = await db.IngestedMachines.Where(m => m.IntegrationId == integration && m.ExposureLevel == "High").OrderBy(m => m.SourceId).Select(m => m.SourceId).FirstAsync();
            return await db.IngestedMachines.Where(m => m.IntegrationId == integration && m.SourceId == device).ExecuteUpdateAsync(m => m.SetProperty(x => x.FirstSeenAt, now));
        }));
        var later = (await overviews.GetAsync(viewer, TimeSpan.FromHours(24))).Value!;
        Assert.Equal(1, later.Headlines.Single(h => h.Key == "exposed_devices").NewInPeriod);

        // A day on, the first sync is out of the 24 hours: changes are counted against the period again.
        fixture.App.Clock.Advance(TimeSpan.FromHours(25));
        var dayOn = (await overviews.GetAsync(viewer, TimeSpan.FromHours(24))).Value!;
        Assert.All(states, key => Assert.False(dayOn.Headlines.Single(h => h.Key == key).FirstSyncInPeriod));
        Assert.Equal(0, dayOn.Headlines.Single(h => h.Key == "exposed_devices").NewInPeriod);
    }

    [Fact]
    public async Task AStreamSwitchedOff_HasNoFirstSyncToWaitFor()
    {
        var tenant = await fixture.App.CreateTenantAsync();
        // The customer's body: Defender for Cloud (and with it the compliance controls) left off.
        using var client = fixture.App.CreateApiClient(tenant.ApiKey);
        var created = await client.PostAsync("/v1/integrations", RequestBodies.Seed(tenant.Id, app: RequestBodies.Contoso).Json());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var integration = System.Text.Json.Nodes.JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
        await fixture.App.SyncAllAsync(integration);
        var viewer = await TestMembers.AddAsync(fixture.App.Services, tenant.Id, Roles.Viewer);
        fixture.App.Clock.Advance(TimeSpan.FromHours(25));

        var overview = (await fixture.App.Services.GetRequiredService<OverviewService>().GetAsync(viewer, TimeSpan.FromHours(24))).Value!;

        // Nothing will ever sync the controls: the headline counts changes, it does not wait for a first sync.
        Assert.False(overview.Headlines.Single(h => h.Key == "failing_controls").FirstSyncInPeriod);
        Assert.False(overview.Headlines.Single(h => h.Key == "exposed_devices").FirstSyncInPeriod);
    }

    /// <summary>The records the link opens, counted through the CSV export of the same filters as the signed-in viewer.</summary>
    private async Task<long> RowsBehindAsync(TenantAccess viewer, string href)
    {
        using var session = new BrowserlessSession(fixture.App.BaseAddress);
        var signIn = await session.SubmitAsync("/account/login", new Dictionary<string, string> { ["Form.Email"] = viewer.UserName, ["Form.Password"] = TestMembers.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith("/records/alerts?", href);
        var csv = await session.GetAsync("/export/alerts.csv" + href[href.IndexOf('?')..]);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        // Rows end at a line break outside quotes (a quoted field may hold line breaks); the first row is the header.
        var rows = 0;
        var quoted = false;
        foreach (var c in await csv.Content.ReadAsStringAsync())
        {
            if (c == '"') quoted = !quoted;
            else if (c == '\n' && !quoted) rows++;
        }
        return rows - 1;
    }
}
