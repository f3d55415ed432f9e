using HomeBase.Core.Access;
using HomeBase.Core.Dashboards;
using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Search;
using HomeBase.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.App.Search;

/// <summary>
/// The app bar's search over a synced sandbox tenant, on the suite's database (SQLite, and PostgreSQL in its pass):
/// each kind is found from what an admin would type, each hit opens its page, and a hit that stands for several
/// records (an incident, an IP address, a CVE) opens exactly those records.
/// </summary>
[Trait("Category", "App")]
public sealed class SearchTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>
{
    [Fact]
    public async Task EveryKind_IsFoundFromWhatAnAdminTypes_AndOpensItsRecords()
    {
        var (contoso, viewer) = await SyncedAsync(RequestBodies.Contoso);

        // A person, by the start of the name in any case (a few letters find the first five of many), and by the start
        // of the principal name.
        var person = await Query(db => db.IngestedUsers.Where(u => u.IntegrationId == contoso && u.DisplayName != null && u.UserPrincipalName != null)
            .OrderBy(u => u.SourceId).FirstAsync());
        var few = Group(await SearchAsync(viewer, person.DisplayName![..3].ToUpperInvariant()), SearchKinds.People);
        Assert.All(few.Hits, h => Assert.StartsWith(person.DisplayName[..3], h.Label, StringComparison.OrdinalIgnoreCase));
        Assert.True(few.More, "the sandbox has more than five people whose names start alike");
        var byName = Group(await SearchAsync(viewer, person.DisplayName.ToUpperInvariant()), SearchKinds.People);
        Assert.Contains(byName.Hits, h => h.Link == DashboardLinks.User(contoso, person.SourceId) && h.Label == person.DisplayName);
        var principal = person.UserPrincipalName!.Split('@')[0];
        Assert.Contains(Group(await SearchAsync(viewer, principal), SearchKinds.People).Hits, h => h.Link == DashboardLinks.User(contoso, person.SourceId));

        // A device, by the start of its name.
        var device = await Query(db => db.IngestedMachines.Where(m => m.IntegrationId == contoso && m.ComputerDnsName != null).OrderBy(m => m.SourceId).FirstAsync());
        Assert.Contains(Group(await SearchAsync(viewer, device.ComputerDnsName!.ToUpperInvariant()), SearchKinds.Devices).Hits,
            h => h.Link == DashboardLinks.Device(contoso, device.SourceId) && h.Label == device.ComputerDnsName);

        // An alert, by the start of its title and by its id.
        var alert = await Query(db => db.IngestedAlerts.Where(a => a.IntegrationId == contoso && a.Title != null && a.IncidentId != null).OrderBy(a => a.SourceId).FirstAsync());
        var byTitle = Group(await SearchAsync(viewer, alert.Title![..8].ToLowerInvariant()), SearchKinds.Alerts);
        Assert.All(byTitle.Hits, h => Assert.StartsWith(alert.Title[..8], h.Label, StringComparison.OrdinalIgnoreCase));
        var byId = Group(await SearchAsync(viewer, alert.SourceId), SearchKinds.Alerts);
        Assert.Equal(DashboardLinks.Alert(contoso, alert.SourceId), byId.Hits.First().Link);

        // An incident, by its id: its hit opens exactly the incident's alerts.
        var incident = Assert.Single(Group(await SearchAsync(viewer, alert.IncidentId!), SearchKinds.Incidents).Hits);
        var incidentAlerts = await Query(db => db.IngestedAlerts.LongCountAsync(a => a.IntegrationId == contoso && a.IncidentId == alert.IncidentId));
        Assert.Equal(incidentAlerts, await RecordsBehindAsync(viewer, incident.Link));
        Assert.StartsWith($"{incidentAlerts:N0} alert", incident.Detail);

        // An IP address from the sign-ins: its hit opens the sign-ins from it, the newest included.
        var signIn = await Query(db => db.IngestedSignIns.Where(s => s.IntegrationId == contoso && s.IpAddress != null).OrderByDescending(s => s.CreatedAt).FirstAsync());
        var fromIp = Group(await SearchAsync(viewer, signIn.IpAddress!), SearchKinds.IpAddresses).Hits.First(h => h.Link.StartsWith("/records/sign_ins?", StringComparison.Ordinal));
        var link = QueryHelpers.ParseQuery(new Uri(fixture.App.BaseAddress, fromIp.Link).Query);
        var inWindow = await Query(db => db.IngestedSignIns.LongCountAsync(s => s.IntegrationId == contoso && s.IpAddress == signIn.IpAddress
            && s.CreatedAt >= DateTime.Parse(link["from"]!, null, System.Globalization.DateTimeStyles.AdjustToUniversal)
            && s.CreatedAt < DateTime.Parse(link["to"]!, null, System.Globalization.DateTimeStyles.AdjustToUniversal).AddDays(1)));
        Assert.True(inWindow > 0);
        Assert.Equal(Math.Min(inWindow, RecordPage.CountLimit), await RecordsBehindAsync(viewer, fromIp.Link));

        // A CVE, typed in lower case: the devices it affects, and its findings behind the link.
        var cve = await Query(db => db.IngestedVulnerabilities.Where(v => v.IntegrationId == contoso && v.CveId != null).OrderBy(v => v.SourceId).Select(v => v.CveId!).FirstAsync());
        var cveHit = Assert.Single(Group(await SearchAsync(viewer, cve.ToLowerInvariant()), SearchKinds.Cves).Hits);
        var affected = await Query(db => db.IngestedVulnerabilities.Where(v => v.IntegrationId == contoso && v.CveId == cve).Select(v => v.DeviceId).Distinct().CountAsync());
        Assert.Equal(cve, cveHit.Label);
        Assert.StartsWith($"{affected:N0} device", cveHit.Detail);
        Assert.Equal(await Query(db => db.IngestedVulnerabilities.LongCountAsync(v => v.IntegrationId == contoso && v.CveId == cve)), await RecordsBehindAsync(viewer, cveHit.Link));

        // Nothing matches, and too short a search is explained.
        Assert.True((await SearchAsync(viewer, "zz-no-such-thing-zz")).Empty);
        var tooShort = await Service.SearchAsync(await ScopeAsync(viewer), " a ");
        Assert.Equal("validation_failed", tooShort.Failure!.Code);
        Assert.Contains("at least 2 characters", tooShort.Failure.Explanation);
    }

    [Fact]
    public async Task Prefixes_MatchInByteOrder_WhateverTheDatabasesCollation()
    {
        var (contoso, viewer) = await SyncedAsync(RequestBodies.Contoso);
        // Names a linguistic collation would file together (punctuation ignored, accents second), and a title that
        // only starts with the search further in.
        await fixture.App.QueryAsync(async db =>
        {
            db.IngestedUsers.AddRange(
                new UserRecord { IntegrationId = contoso, SourceId = "search-1", DisplayName = "Zoë O'Neil-Smith", UserPrincipalName = "zoe.oneil@contoso.test" },
                new UserRecord { IntegrationId = contoso, SourceId = "search-2", DisplayName = "Zoe Oneil", UserPrincipalName = "z.oneil@contoso.test" },
                new UserRecord { IntegrationId = contoso, SourceId = "search-3", DisplayName = "ZOË ORTIZ", UserPrincipalName = "zortiz@contoso.test" });
            return await db.SaveChangesAsync();
        });

        Assert.Equal(["Zoë O'Neil-Smith"], Labels(await SearchAsync(viewer, "zoë o'"), SearchKinds.People));
        Assert.Equal(["Zoe Oneil"], Labels(await SearchAsync(viewer, "Zoe O"), SearchKinds.People));
        Assert.Equal(["ZOË ORTIZ", "Zoë O'Neil-Smith"], Labels(await SearchAsync(viewer, "ZOË"), SearchKinds.People).Order(StringComparer.Ordinal));
        Assert.Equal(["Zoe Oneil"], Labels(await SearchAsync(viewer, "z.one"), SearchKinds.People));
    }

    [Fact]
    public async Task AnotherTenantsRecords_AreNeverFound()
    {
        var (_, viewer) = await SyncedAsync(RequestBodies.Contoso);
        var (northwind, _) = await SyncedAsync(RequestBodies.Northwind);
        var theirs = await Query(db => db.IngestedAlerts.Where(a => a.IntegrationId == northwind).OrderBy(a => a.SourceId).FirstAsync());
        var theirUser = await Query(db => db.IngestedUsers.Where(u => u.IntegrationId == northwind && u.UserPrincipalName != null).OrderBy(u => u.SourceId).FirstAsync());

        foreach (var text in new[] { theirs.SourceId, theirUser.UserPrincipalName! })
        {
            var results = await SearchAsync(viewer, text);
            Assert.DoesNotContain(results.Groups.SelectMany(g => g.Hits), h => h.Link.Contains(northwind, StringComparison.Ordinal));
        }
    }

    private SearchService Service => fixture.App.Services.GetRequiredService<SearchService>();

    private async Task<(string Integration, TenantAccess Viewer)> SyncedAsync(SandboxApp app)
    {
        var tenant = await fixture.App.CreateTenantAsync();
        var integration = await fixture.App.ConnectAsync(tenant, app);
        await fixture.App.SyncAllAsync(integration);
        return (integration, await TestMembers.AddAsync(fixture.App.Services, tenant.Id, Roles.Viewer));
    }

    private Task<T> Query<T>(Func<Core.Platform.Persistence.HomeBaseDbContext, Task<T>> query) => fixture.App.QueryAsync(query);

    private async Task<DashboardScope> ScopeAsync(TenantAccess viewer) =>
        (await fixture.App.Services.GetRequiredService<DashboardScopes>().ResolveAsync(viewer, null, "30d", null, null)).Value!;

    private async Task<SearchResults> SearchAsync(TenantAccess viewer, string text)
    {
        var found = await Service.SearchAsync(await ScopeAsync(viewer), text);
        Assert.True(found.Succeeded, found.Failure?.Explanation);
        return found.Value!;
    }

    private static SearchGroup Group(SearchResults results, string kind) =>
        results.Groups.SingleOrDefault(g => g.Kind == kind) ?? throw new Xunit.Sdk.XunitException($"No {kind} found for \"{results.Query}\".");

    private static string[] Labels(SearchResults results, string kind) => [.. Group(results, kind).Hits.Select(h => h.Label)];

    /// <summary>How many records the records page at <paramref name="href"/> counts for the viewer: its scope and filters as the page reads them.</summary>
    private async Task<long> RecordsBehindAsync(TenantAccess viewer, string href)
    {
        var uri = new Uri(fixture.App.BaseAddress, href);
        Assert.StartsWith("/records/", uri.AbsolutePath);
        var kind = uri.AbsolutePath["/records/".Length..];
        var query = QueryHelpers.ParseQuery(uri.Query).ToDictionary(q => q.Key, q => q.Value.ToString());
        var scope = await fixture.App.Services.GetRequiredService<DashboardScopes>().ResolveAsync(
            viewer, query.GetValueOrDefault("integration"), query.GetValueOrDefault("range"), TimeRange.Day(query.GetValueOrDefault("from")), TimeRange.Day(query.GetValueOrDefault("to")));
        Assert.True(scope.Succeeded, scope.Failure?.Explanation);
        var filters = RecordCatalog.Find(kind)!.FiltersIn(query);
        var page = await fixture.App.Services.GetRequiredService<RecordQueries>().PageAsync(scope.Value!, kind, new RecordQuery(filters));
        return page.Value!.Total;
    }
}
