using Bunit;
using HomeBase.Core.Dashboards;
using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;
using HomeBase.Web.Dashboards;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.Components.Dashboards;

/// <summary>
/// Each dashboard over a real sync of sandbox contoso (and northwind, whose licences block some streams):
/// the numbers shown are the stored records' and the sandbox's ground truth, every number links to exactly
/// its records, and a panel with nothing behind it explains why.
/// </summary>
[Trait("Category", "Components")]
public sealed class DashboardPagesTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    private static string Value(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> page, string headline) =>
        page.Find($"[data-testid=headline-{headline}] [data-testid=headline-value]").TextContent.Trim();

    /// <summary>The records a dashboard link opens, counted by the records service.</summary>
    private async Task<long> RecordsBehindAsync(string href)
    {
        var uri = new Uri("http://x" + href);
        var kind = uri.AbsolutePath.Split('/').Last();
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(uri.Query).ToDictionary(q => q.Key, q => q.Value.ToString());
        using var scope = fixture.App.Services.CreateScope();
        var scopes = scope.ServiceProvider.GetRequiredService<DashboardScopes>();
        var dashboard = (await scopes.ResolveAsync(fixture.Viewer, query.GetValueOrDefault("integration"), query.GetValueOrDefault("range"),
            TimeRange.Day(query.GetValueOrDefault("from")), TimeRange.Day(query.GetValueOrDefault("to")))).Value!;
        var page = await scope.ServiceProvider.GetRequiredService<RecordQueries>().PageAsync(dashboard, kind, new RecordQuery(query));
        return page.Value!.Total;
    }

    [Fact]
    public async Task IdentityRisk_ShowsStoredCountsAndEachNumberOpensItsRecords()
    {
        var since = fixture.Now.AddDays(-7);
        var failed = await fixture.App.QueryAsync(db => db.IngestedSignIns.LongCountAsync(s => s.IntegrationId == fixture.Contoso && s.ErrorCode != 0 && s.CreatedAt >= since));
        var truth = await fixture.App.GroundTruthAsync("contoso", since);
        var highRisk = truth[Truth.HighRiskUsers];
        Assert.True(failed > 0 && highRisk > 0);
        // Microsoft keeps deleted accounts in riskyUsers with isDeleted; they are stored and not counted.
        Assert.True(truth[Truth.DeletedRiskyUsers] > 0);
        Assert.Equal(truth[Truth.DeletedRiskyUsers], await fixture.App.QueryAsync(db => db.IngestedRiskyUsers.LongCountAsync(u => u.IntegrationId == fixture.Contoso && u.IsDeleted)));

        await using var context = PageContexts.SignedIn(fixture.App, fixture.Viewer.UserId, out var scope);
        using var _ = scope;
        var page = fixture.Render<IdentityRiskPage>(context, $"/dashboards/identity?integration={fixture.Contoso}&range=7d");
        page.WaitForAssertion(() => page.Find("[data-testid=headline-failed-sign-ins]"), TimeSpan.FromSeconds(10));

        Assert.Equal(failed.ToString("N0"), page.Find("[data-testid=headline-failed-sign-ins] [data-testid=headline-value]").TextContent.Trim());
        Assert.Equal(highRisk.ToString("N0"), page.Find("[data-testid=headline-high-risk-users] [data-testid=headline-value]").TextContent.Trim());
        Assert.Equal(highRisk, await RecordsBehindAsync(page.Find("[data-testid=headline-high-risk-users]").GetAttribute("href")!));
        Assert.Equal(truth[StreamCatalog.RiskDetections].ToString("N0"), page.Find("[data-testid=headline-risk-detections] [data-testid=headline-value]").TextContent.Trim());
        // The successes and failures over time add up to the sandbox's sign-ins of the week.
        var series = page.FindAll("[data-testid=sign-ins-over-time] [data-testid=series-link]").Select(l => l.TextContent).ToList();
        Assert.Equal(truth[StreamCatalog.SignIns], series.Sum(text => long.Parse(text.Split(':')[1].Trim().Replace(",", ""))));

        // Each headline and breakdown opens exactly the records it counts.
        var failedHref = page.Find("[data-testid=headline-failed-sign-ins]").GetAttribute("href")!;
        Assert.Contains("result=failure", failedHref);
        Assert.Equal(failed, await RecordsBehindAsync(failedHref));
        foreach (var item in page.FindAll("[data-testid=failures-by-error] [data-testid=breakdown-item]"))
        {
            Assert.Equal(long.Parse(item.QuerySelector(".hb-count-value")!.TextContent.Replace(",", "")), await RecordsBehindAsync(item.GetAttribute("href")!));
        }
        foreach (var item in page.FindAll("[data-testid=blocking-policies] [data-testid=breakdown-item]"))
        {
            Assert.Equal(long.Parse(item.QuerySelector(".hb-count-value")!.TextContent.Replace(",", "")), await RecordsBehindAsync(item.GetAttribute("href")!));
        }
        Assert.NotEmpty(page.FindAll("[data-testid=risky-person] a[href^='/users/']"));
        Assert.Empty(page.FindAll("[data-testid=coverage-blocked]"));

        // MFA registration: users and admins without MFA, as the sandbox's report has them, each opening its records.
        var mfa = page.FindAll("[data-testid=mfa-registration] [data-testid=breakdown-item]");
        long Shown(string label) => long.Parse(mfa.Single(i => i.TextContent.Contains(label, StringComparison.Ordinal)).QuerySelector(".hb-count-value")!.TextContent.Replace(",", ""));
        Assert.Equal(truth[Truth.UsersWithoutMfa], Shown("Users without MFA"));
        Assert.Equal(truth[Truth.AdminsWithoutMfa], Shown("Admins without MFA"));
        Assert.Equal(truth[StreamCatalog.MfaRegistration], Shown("Users without MFA") + Shown("Users with MFA"));
        foreach (var item in mfa)
        {
            Assert.Equal(long.Parse(item.QuerySelector(".hb-count-value")!.TextContent.Replace(",", "")), await RecordsBehindAsync(item.GetAttribute("href")!));
        }
        // The methods in use: each method's users, as the report lists them, opening exactly those users.
        var methods = page.FindAll("[data-testid=mfa-methods] [data-testid=breakdown-item]");
        Assert.True(methods.Count >= 5, "The sandbox registers authenticator, passcodes, phones, FIDO2 keys, Windows Hello, email.");
        foreach (var item in methods)
        {
            var href = item.GetAttribute("href")!;
            var method = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + href).Query)["method"].ToString();
            var shown = long.Parse(item.QuerySelector(".hb-count-value")!.TextContent.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(truth[Truth.RegisteredWith(method)], shown);
            Assert.Equal(shown, await RecordsBehindAsync(href));
        }
        // The second factor each user is asked for: push, passcodes, texts and calls, as Microsoft's rule picks them.
        var inUse = page.FindAll("[data-testid=mfa-methods-in-use] [data-testid=breakdown-item]");
        Assert.True(inUse.Count >= 4, "The sandbox's users are asked for push, passcodes, texts and calls.");
        foreach (var item in inUse)
        {
            var href = item.GetAttribute("href")!;
            var method = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + href).Query)["method_in_use"].ToString();
            var shown = long.Parse(item.QuerySelector(".hb-count-value")!.TextContent.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(truth[Truth.AskedFor(method)], shown);
            Assert.Equal(shown, await RecordsBehindAsync(href));
        }
        Assert.Equal(new[] { "sms", "voiceMobile", "voiceAlternateMobile", "voiceOffice" }.Sum(m => truth[Truth.AskedFor(m)]), Shown("Asked for a text or call"));
        Assert.True(Shown("Asked for a text or call") > 0, "Some sandbox users are asked for a text or a call.");
    }

    [Fact]
    public async Task IdentityRisk_ForNorthwind_ExplainsTheMissingLicenceInsteadOfAnEmptyChart()
    {
        await using var context = PageContexts.SignedIn(fixture.App, fixture.Viewer.UserId, out var scope);
        using var _ = scope;
        var page = fixture.Render<IdentityRiskPage>(context, $"/dashboards/identity?integration={fixture.Northwind}&range=7d");
        page.WaitForAssertion(() => page.Find("[data-testid=panel-risky-levels] [data-testid=coverage-blocked]"), TimeSpan.FromSeconds(10));

        var blocked = page.Find("[data-testid=panel-risky-levels] [data-testid=coverage-blocked]").TextContent;
        Assert.Contains("Risky users", blocked);
        Assert.Matches("(?i)licen[cs]e|P2", blocked);
        Assert.Empty(page.FindAll("[data-testid=risky-by-level]"));
        // Northwind has P1: its sign-ins are real and shown.
        Assert.Empty(page.FindAll("[data-testid=panel-sign-ins] [data-testid=coverage-blocked]"));

        // All integrations: the chart shows contoso's risky users and says northwind's are missing.
        var all = fixture.Render<IdentityRiskPage>(context, "/dashboards/identity?range=7d");
        all.WaitForAssertion(() => all.Find("[data-testid=panel-risky-levels] [data-testid=coverage-gap]"), TimeSpan.FromSeconds(10));
        var northwindName = await fixture.App.QueryAsync(db => db.Integrations.Where(i => i.Id == fixture.Northwind).Select(i => i.Name).SingleAsync());
        Assert.Contains(northwindName, all.Find("[data-testid=panel-risky-levels] [data-testid=coverage-gap]").TextContent);
    }

    [Fact]
    public async Task Alerts_MatchTheGroundTruthAndDrillDownToTheAlertAndItsEvidence()
    {
        var truth = await fixture.App.GroundTruthAsync("contoso", fixture.Now.AddDays(-7));
        await using var context = PageContexts.SignedIn(fixture.App, fixture.Viewer.UserId, out var scope);
        using var _ = scope;
        var page = fixture.Render<AlertsPage>(context, $"/dashboards/alerts?integration={fixture.Contoso}&range=7d");
        page.WaitForAssertion(() => page.Find("[data-testid=headline-alerts]"), TimeSpan.FromSeconds(10));

        Assert.Equal(truth[StreamCatalog.Alerts].ToString("N0"), page.Find("[data-testid=headline-alerts] [data-testid=headline-value]").TextContent.Trim());
        var bySeverity = page.FindAll("[data-testid=alerts-by-severity] .hb-count-value").Sum(v => long.Parse(v.TextContent.Replace(",", "")));
        Assert.Equal(truth[StreamCatalog.Alerts], bySeverity);
        // An alert of two lateral categories, or with only the deprecated "category", counts once.
        Assert.Equal(truth[Truth.LateralAlerts].ToString("N0"),
            page.Find("[data-testid=headline-lateral-movement-and-credential-access] [data-testid=headline-value]").TextContent.Trim());
        var lateralHref = page.Find("[data-testid=headline-lateral-movement-and-credential-access]").GetAttribute("href")!;
        Assert.Equal(long.Parse(page.Find("[data-testid=headline-lateral-movement-and-credential-access] [data-testid=headline-value]").TextContent.Replace(",", "")),
            await RecordsBehindAsync(lateralHref));
        foreach (var item in page.FindAll("[data-testid=alerts-by-technique] [data-testid=breakdown-item]").Take(3))
        {
            Assert.Equal(long.Parse(item.QuerySelector(".hb-count-value")!.TextContent.Replace(",", "")), await RecordsBehindAsync(item.GetAttribute("href")!));
        }

        // The open incidents these alerts belong to, as on the Incidents page, opening their records.
        Assert.Equal(truth[Truth.OpenIncidents].ToString("N0"), Value(page, "open-incidents"));
        Assert.Equal(truth[Truth.OpenIncidents], await RecordsBehindAsync(page.Find("[data-testid=headline-open-incidents]").GetAttribute("href")!));

        // The alert's page: its evidence names the user and the device, each linked to their page.
        var alertHref = page.Find("[data-testid=lateral-alert] a").GetAttribute("href")!;
        var parts = alertHref.Split('/');
        var detail = context.Render<AlertDetailPage>(p => p.AddCascadingValue(new HomeBase.Web.Access.SessionInfo(fixture.Tenant.Id, "127.0.0.1"))
            .Add(x => x.IntegrationId, Uri.UnescapeDataString(parts[2])).Add(x => x.AlertId, Uri.UnescapeDataString(parts[3])));
        detail.WaitForAssertion(() => detail.Find("[data-testid=evidence-row][data-kind=user] a[href^='/users/']"), TimeSpan.FromSeconds(10));
        Assert.NotEmpty(detail.FindAll("[data-testid=evidence-row][data-kind=device] a[href^='/devices/']"));
        // The product in words, not Microsoft's enum value.
        Assert.StartsWith("Defender for", detail.Find("[data-testid=alert-source]").TextContent.Trim());
        // The attacker's address in the evidence opens every alert of the last 30 days that named it, this one among them.
        var address = detail.Find("[data-testid=evidence-row][data-kind=ip] [data-testid=evidence-indicator]");
        Assert.True(await RecordsBehindAsync(address.GetAttribute("href")!) >= 1);
        // And its incident, one click away.
        Assert.StartsWith($"/incidents/{parts[2]}/", detail.Find("[data-testid=alert-incident]").GetAttribute("href"));
    }

    [Fact]
    public async Task Incidents_CountOpenAndResolved_AndEachOpensWithItsAlertsPeopleAndDevices()
    {
        var truth = await fixture.App.GroundTruthAsync("contoso", fixture.Now.AddDays(-7));
        await using var context = PageContexts.SignedIn(fixture.App, fixture.Viewer.UserId, out var scope);
        using var _ = scope;
        var page = fixture.Render<IncidentsPage>(context, $"/dashboards/incidents?integration={fixture.Contoso}&range=7d");
        page.WaitForAssertion(() => page.Find("[data-testid=headline-open-incidents]"), TimeSpan.FromSeconds(10));

        // The headlines are the sandbox's incidents as they stand, each opening exactly its records.
        foreach (var (headline, key) in new[] { ("open-incidents", Truth.OpenIncidents), ("open-high-severity", Truth.HighOpenIncidents),
            ("open-and-unassigned", Truth.UnassignedOpenIncidents), ("resolved", Truth.ResolvedIncidents) })
        {
            Assert.Equal(truth[key].ToString("N0"), Value(page, headline));
            Assert.Equal(truth[key], await RecordsBehindAsync(page.Find($"[data-testid=headline-{headline}]").GetAttribute("href")!));
        }
        Assert.True(truth[Truth.OpenIncidents] > 0 && truth[Truth.ResolvedIncidents] > 0);
        // Every breakdown's counts open their records, and the open ones by severity add up to the open incidents.
        foreach (var list in new[] { "incidents-by-severity", "incidents-by-status", "incidents-by-classification", "incidents-by-determination" })
        {
            foreach (var item in page.FindAll($"[data-testid={list}] [data-testid=breakdown-item]"))
            {
                Assert.Equal(long.Parse(item.QuerySelector(".hb-count-value")!.TextContent.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture),
                    await RecordsBehindAsync(item.GetAttribute("href")!));
            }
        }
        Assert.Equal(truth[Truth.OpenIncidents], page.FindAll("[data-testid=incidents-by-severity] .hb-count-value").Sum(v => long.Parse(v.TextContent.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(truth[StreamCatalog.Incidents], page.FindAll("[data-testid=incidents-by-status] .hb-count-value").Sum(v => long.Parse(v.TextContent.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture)));

        // The latest open incident: its page lists as many alerts as the alerts table filtered on it, names people and devices.
        var rows = page.FindAll("[data-testid=incident]");
        Assert.Equal(Math.Min(25, truth[Truth.OpenIncidents]), rows.Count);
        var href = rows[0].GetAttribute("href")!;
        var parts = href.Split('/');
        var incidentId = Uri.UnescapeDataString(parts[3]);
        var stored = await fixture.App.QueryAsync(db => db.IngestedAlerts.CountAsync(a => a.IntegrationId == fixture.Contoso && a.IncidentId == incidentId));
        Assert.Equal(stored.ToString(System.Globalization.CultureInfo.InvariantCulture), page.FindAll("[data-testid=incident-alert-count]")[0].TextContent.Trim());
        var detail = context.Render<IncidentDetailPage>(p => p.AddCascadingValue(new HomeBase.Web.Access.SessionInfo(fixture.Tenant.Id, "127.0.0.1"))
            .Add(x => x.IntegrationId, Uri.UnescapeDataString(parts[2])).Add(x => x.IncidentId, incidentId));
        detail.WaitForAssertion(() => detail.Find("[data-testid=incident-severity]"), TimeSpan.FromSeconds(10));
        Assert.Equal(stored, detail.FindAll("[data-testid=incident-alert]").Count);
        Assert.Equal(stored, await RecordsBehindAsync(detail.Find("[data-testid=incident-alerts-records]").GetAttribute("href")!));
        Assert.All(detail.FindAll("[data-testid=incident-alert] a"), a => Assert.StartsWith("/alerts/", a.GetAttribute("href")));
        Assert.NotEmpty(detail.FindAll("[data-testid=incident-person]"));
        Assert.All(detail.FindAll("[data-testid=incident-person]"), a => Assert.StartsWith("/users/", a.GetAttribute("href")));
        Assert.All(detail.FindAll("[data-testid=incident-device]"), a => Assert.StartsWith("/devices/", a.GetAttribute("href")));
        Assert.StartsWith("https://security.microsoft.com/incidents/" + incidentId, detail.Find("[data-testid=incident-portal-link]").GetAttribute("href"));

        // An incident nobody stored says so instead of showing an empty page.
        var missing = context.Render<IncidentDetailPage>(p => p.AddCascadingValue(new HomeBase.Web.Access.SessionInfo(fixture.Tenant.Id, "127.0.0.1"))
            .Add(x => x.IntegrationId, fixture.Contoso).Add(x => x.IncidentId, "no-such-incident"));
        missing.WaitForAssertion(() => missing.Find("[data-testid=incident-missing]"), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task IdentityAttacks_CountTechniquesHostsAccountsAndSensorProblems_EachOpeningItsRecords()
    {
        var truth = await fixture.App.GroundTruthAsync("contoso", fixture.Now.AddDays(-7));
        await using var context = PageContexts.SignedIn(fixture.App, fixture.Viewer.UserId, out var scope);
        using var _ = scope;
        var page = fixture.Render<IdentityAttacksPage>(context, $"/dashboards/identity-attacks?integration={fixture.Contoso}&range=7d");
        page.WaitForAssertion(() => page.Find("[data-testid=headline-defender-for-identity-alerts]"), TimeSpan.FromSeconds(10));

        // Lateral movement and credential access are separate numbers, each the sandbox's count and each opening its alerts.
        var identityAlerts = truth.GetValueOrDefault(Truth.AlertsFrom("microsoftDefenderForIdentity"));
        foreach (var (headline, expected) in new[] { ("defender-for-identity-alerts", identityAlerts),
            ("lateral-movement", truth[Truth.IdentityLateralMovementAlerts]), ("credential-access", truth[Truth.IdentityCredentialAccessAlerts]),
            ("sensors-with-a-problem", truth[Truth.IdentitySensorsWithProblems]), ("open-health-issues", truth[Truth.OpenIdentityHealthIssues]) })
        {
            Assert.Equal(expected.ToString("N0"), Value(page, headline));
            Assert.Equal(expected, await RecordsBehindAsync(page.Find($"[data-testid=headline-{headline}]").GetAttribute("href")!));
        }
        Assert.True(truth[Truth.IdentityLateralMovementAlerts] > 0 && truth[Truth.IdentityCredentialAccessAlerts] > 0);

        // Categories, hosts and accounts: every number opens exactly its alerts, all of them Defender for Identity's.
        var hosts = page.FindAll("[data-testid=identity-by-host] [data-testid=breakdown-item]");
        var accounts = page.FindAll("[data-testid=identity-by-account] [data-testid=breakdown-item]");
        Assert.NotEmpty(hosts);
        Assert.NotEmpty(accounts);
        // The hosts listed are the ones named most, in order: their counts are the top of a count over the stored alerts.
        var from = fixture.Now.AddDays(-7);
        var identityAlertHosts = await fixture.App.QueryAsync(db => db.IngestedAlerts
            .Where(a => a.IntegrationId == fixture.Contoso && a.ServiceSource == "microsoftDefenderForIdentity" && a.CreatedAt >= from)
            .Select(a => a.DeviceNames).ToListAsync());
        var expectedTop = identityAlertHosts.SelectMany(AlertRecord.Unwrap).GroupBy(h => h).Select(g => (long)g.Count())
            .OrderByDescending(c => c).Take(IdentityAttacksService.TopCount).ToList();
        Assert.Equal(expectedTop, hosts.Select(h => long.Parse(h.QuerySelector(".hb-count-value")!.TextContent.Replace(",", ""))).ToList());
        // An on-premises account without a UPN is counted by DOMAIN\sam, and its records still open.
        Assert.Contains(accounts, a => a.GetAttribute("data-label")!.Contains('\\'));
        foreach (var item in page.FindAll("[data-testid=identity-by-category] [data-testid=breakdown-item]").Concat(hosts).Concat(accounts))
        {
            var href = item.GetAttribute("href")!;
            Assert.Contains("source=microsoftDefenderForIdentity", href);
            Assert.Equal(long.Parse(item.QuerySelector(".hb-count-value")!.TextContent.Replace(",", "")), await RecordsBehindAsync(href));
        }

        // Sensors: problems first, each with Microsoft's fix; every open health issue with its recommendations and commands.
        var sensors = page.FindAll("[data-testid=panel-identity-sensors] tbody tr");
        Assert.Equal(truth[StreamCatalog.IdentitySensors], sensors.Count);
        var problems = page.FindAll("[data-testid=sensor-problem]");
        Assert.Equal(truth[Truth.IdentitySensorsWithProblems], problems.Count);
        Assert.NotNull(sensors[0].QuerySelector("[data-testid=sensor-problem]"));
        Assert.Contains(page.FindAll("[data-testid=sensor-fix]"), f => f.TextContent.Contains("Azure Advanced Threat Protection Sensor service"));
        foreach (var sensor in page.FindAll("[data-testid=sensor]")) Assert.Equal(1, await RecordsBehindAsync(sensor.GetAttribute("href")!));
        // The records' "no problem" filter holds the rest of the sensors: the same rule, negated.
        Assert.Equal(truth[StreamCatalog.IdentitySensors] - truth[Truth.IdentitySensorsWithProblems],
            await RecordsBehindAsync($"/records/{RecordCatalog.IdentitySensors}?integration={fixture.Contoso}&range=7d&problem=no"));
        var issues = page.FindAll("[data-testid=health-issue]");
        Assert.Equal(truth[Truth.OpenIdentityHealthIssues], issues.Count);
        Assert.All(issues, i => Assert.NotEmpty(i.QuerySelectorAll("[data-testid=health-issue-fix]")));
        Assert.Contains(page.FindAll("[data-testid=health-issue-commands]"), c => c.TextContent.Contains("Start-Service -Name AATPSensor"));

        // The identity posture controls Defender for Identity reports, with points left.
        var posture = page.FindAll("[data-testid=identity-posture-action]");
        var controls = await fixture.App.QueryAsync(db => db.IngestedSecureScoreControls
            .Where(c => c.IntegrationId == fixture.Contoso && c.Service == "Defender for Identity" && c.Deprecated != true && (c.Score == null || c.Score < c.MaxScore)).CountAsync());
        Assert.Equal(controls, posture.Count);
        Assert.True(controls > 0);
        Assert.Empty(page.FindAll("[data-testid=identity-not-licensed]"));
    }

    [Fact]
    public async Task IdentityAttacks_ForATenantWithoutDefenderForIdentity_SaysNotLicensed_NeverAllClear()
    {
        await using var context = PageContexts.SignedIn(fixture.App, fixture.Viewer.UserId, out var scope);
        using var _ = scope;
        var page = fixture.Render<IdentityAttacksPage>(context, $"/dashboards/identity-attacks?integration={fixture.Northwind}&range=7d");
        page.WaitForAssertion(() => page.Find("[data-testid=identity-not-licensed]"), TimeSpan.FromSeconds(10));
        Assert.Contains("Not licensed", page.Find("[data-testid=identity-not-licensed]").TextContent);
        // No zero headline and no empty sensor list that would read as "all clear".
        Assert.Empty(page.FindAll("[data-testid=headline-defender-for-identity-alerts]"));
        Assert.Empty(page.FindAll("[data-testid=panel-identity-sensors]"));

        // Both integrations: contoso's numbers, with northwind named as not licensed.
        var all = fixture.Render<IdentityAttacksPage>(context, "/dashboards/identity-attacks?range=7d");
        all.WaitForAssertion(() => all.Find("[data-testid=headline-defender-for-identity-alerts]"), TimeSpan.FromSeconds(10));
        var northwindName = await fixture.App.QueryAsync(db => db.Integrations.Where(i => i.Id == fixture.Northwind).Select(i => i.Name).SingleAsync());
        Assert.Contains(northwindName, all.Find("[data-testid=identity-not-licensed]").TextContent);
    }

    [Fact]
    public async Task Indicators_CountEachKindsSightings_AndEachIndicatorOpensTheAlertsThatNamedIt()
    {
        var truth = await fixture.App.GroundTruthAsync("contoso", fixture.Now.AddDays(-7));
        await using var context = PageContexts.SignedIn(fixture.App, fixture.Viewer.UserId, out var scope);
        using var _ = scope;
        var page = fixture.Render<IndicatorsPage>(context, $"/dashboards/indicators?integration={fixture.Contoso}&range=7d");
        page.WaitForAssertion(() => page.Find("[data-testid=headline-ip-address-sightings]"), TimeSpan.FromSeconds(10));

        foreach (var (headline, kind) in new[] { ("ip-address-sightings", "ip"), ("domain-sightings", "domain"), ("url-sightings", "url"), ("file-hash-sightings", "file_hash") })
        {
            var expected = truth[Truth.IndicatorSightings(kind)];
            Assert.True(expected > 0, $"the sandbox names {kind} indicators");
            Assert.Equal(expected.ToString("N0"), Value(page, headline));
            Assert.Equal(expected, await RecordsBehindAsync(page.Find($"[data-testid=headline-{headline}]").GetAttribute("href")!));
        }
        var malicious = long.Parse(Value(page, "judged-malicious").Replace(",", ""));
        Assert.Equal(truth[Truth.IndicatorSightings("file_hash")], malicious);
        Assert.Equal(malicious, await RecordsBehindAsync(page.Find("[data-testid=headline-judged-malicious]").GetAttribute("href")!));
        // Fewer sightings than the ranking reads: the list is ranked by all of them, and says nothing about a sample.
        Assert.Empty(page.FindAll("[data-testid=indicators-ranked-by-sample]"));

        // The campaign's indicators come back in several alerts; each count opens exactly those alerts' sightings.
        var rows = page.FindAll("[data-testid=indicator-alerts]");
        Assert.Equal(Math.Min(IndicatorsService.TopCount, truth[Truth.Indicators]), rows.Count);
        Assert.True(long.Parse(rows[0].TextContent.Replace(",", "")) > 1);
        foreach (var link in rows) Assert.Equal(long.Parse(link.TextContent.Replace(",", "")), await RecordsBehindAsync(link.GetAttribute("href")!));
    }

    [Fact]
    public async Task Indicators_ShowDefenderThreatIntelligencesReputations_OrSayNotLicensed()
    {
        var truth = await fixture.App.GroundTruthAsync("contoso", fixture.Now.AddDays(-7));
        await using var context = PageContexts.SignedIn(fixture.App, fixture.Viewer.UserId, out var scope);
        using var _ = scope;
        var page = fixture.Render<IndicatorsPage>(context, $"/dashboards/indicators?integration={fixture.Contoso}&range=7d");
        page.WaitForAssertion(() => page.Find("[data-testid=headline-hosts-checked]"), TimeSpan.FromSeconds(10));

        // Each count is Microsoft's classification of the hosts the alerts named, and opens exactly those hosts.
        foreach (var (headline, expected) in new[]
        {
            ("hosts-checked", truth[Truth.HostReputations]), ("malicious", truth[Truth.HostsClassified("malicious")]),
            ("suspicious", truth[Truth.HostsClassified("suspicious")]),
        })
        {
            Assert.True(expected > 0, $"the sandbox has {headline} hosts");
            Assert.Equal(expected.ToString("N0"), Value(page, headline));
            Assert.Equal(expected, await RecordsBehindAsync(page.Find($"[data-testid=headline-{headline}]").GetAttribute("href")!));
        }

        // In the list, every address and domain shows its reputation, opening its record; URLs and hashes have no lookup.
        var cells = page.FindAll("[data-testid=indicator-reputation]");
        Assert.Equal(page.FindAll("[data-testid=indicator]").Count, cells.Count);
        var classified = cells.Where(c => c.QuerySelector("[data-testid=reputation-classification]") is not null).ToList();
        Assert.Equal(truth[Truth.HostReputations], classified.Count);
        Assert.Contains(classified, c => c.TextContent.Contains("Malicious (100)", StringComparison.Ordinal));
        Assert.Contains(classified, c => c.TextContent.Contains("No record", StringComparison.Ordinal));
        Assert.All(cells.Except(classified), c => Assert.Contains("No lookup", c.TextContent, StringComparison.Ordinal));
        foreach (var link in classified.Select(c => c.QuerySelector("[data-testid=reputation-classification]")!))
        {
            Assert.Equal(1, await RecordsBehindAsync(link.GetAttribute("href")!));
        }
        // The intel articles that mention a host link to Microsoft's article, and only over https.
        var articles = page.FindAll("[data-testid=reputation-article]");
        Assert.NotEmpty(articles);
        Assert.All(articles, a => Assert.StartsWith("https://ti.defender.microsoft.com/article/", a.GetAttribute("href")));

        // Northwind has no Defender Threat Intelligence: the panel says so with the fix instead of zeros.
        var northwind = fixture.Render<IndicatorsPage>(context, $"/dashboards/indicators?integration={fixture.Northwind}&range=7d");
        northwind.WaitForAssertion(() => northwind.Find("[data-testid=panel-reputations] [data-testid=coverage-blocked]"), TimeSpan.FromSeconds(10));
        Assert.Contains("Microsoft Defender Threat Intelligence", northwind.Find("[data-testid=panel-reputations]").TextContent);
        Assert.Empty(northwind.FindAll("[data-testid=headline-hosts-checked]"));
    }

    [Fact]
    public async Task AttackSurface_ShowsTheScoresAsDefenderServesThem_AndTheMostExposedDevices()
    {
        var truth = await fixture.App.GroundTruthAsync("contoso", fixture.Now.AddDays(-7));
        var document = await fixture.App.GroundTruthDocumentAsync("contoso", fixture.Now.AddDays(-7));
        await using var context = PageContexts.SignedIn(fixture.App, fixture.Viewer.UserId, out var scope);
        using var _ = scope;
        var page = fixture.Render<AttackSurfacePage>(context, $"/dashboards/attack-surface?integration={fixture.Contoso}");
        page.WaitForAssertion(() => page.Find("[data-testid=exposure-score]"), TimeSpan.FromSeconds(10));

        // The scores are Defender's values, each opening its readings (one today); the level is Microsoft's band for the score.
        var exposure = document["exposure_score"]!.GetValue<double>();
        Assert.Equal(exposure.ToString("0.#"), page.Find("[data-testid=exposure-score]").TextContent.Trim());
        Assert.Equal(HomeBase.Core.Ingestion.Records.DefenderScoreRecord.ExposureLevel(exposure) + " exposure", page.Find("[data-testid=exposure-level]").TextContent.Trim());
        Assert.Equal(document["device_secure_score"]!.GetValue<double>().ToString("0.#"), page.Find("[data-testid=device-secure-score]").TextContent.Trim());
        Assert.Equal(1, await RecordsBehindAsync(page.Find("[data-testid=exposure-score]").GetAttribute("href")!));
        Assert.Equal(1, await RecordsBehindAsync(page.Find("[data-testid=device-secure-score]").GetAttribute("href")!));
        var group = Assert.Single(page.FindAll("[data-testid=machine-group]"));
        Assert.Contains("UnassignedGroup", group.TextContent);
        Assert.Equal(1, await RecordsBehindAsync(page.Find("[data-testid=machine-group-score]").GetAttribute("href")!));

        // The device counts are the onboarded fleet, each opening exactly its devices; the most exposed come first.
        Assert.Equal(truth[Truth.OnboardedDevices].ToString("N0"), Value(page, "onboarded-devices"));
        Assert.Equal(truth[Truth.HighlyExposedDevices].ToString("N0"), Value(page, "highly-exposed-devices"));
        foreach (var headline in new[] { "onboarded-devices", "highly-exposed-devices", "high-risk-devices" })
        {
            Assert.Equal(long.Parse(Value(page, headline).Replace(",", "")), await RecordsBehindAsync(page.Find($"[data-testid=headline-{headline}]").GetAttribute("href")!));
        }
        Assert.True(truth[Truth.HighlyExposedDevices] > 0, "the sandbox has highly exposed devices");
        var exposed = await fixture.App.QueryAsync(db => db.IngestedMachines.CountAsync(m => m.IntegrationId == fixture.Contoso && (m.ExposureLevel == "High" || m.ExposureLevel == "Medium")));
        var devices = page.FindAll("[data-testid=exposed-device]");
        Assert.Equal(Math.Min(AttackSurfaceService.MostExposedCount, exposed), devices.Count);
        Assert.All(devices, d => Assert.StartsWith($"/devices/{fixture.Contoso}/", d.GetAttribute("href")));
        Assert.Equal("High", page.FindAll("[data-testid=panel-most-exposed] td")[1].TextContent.Trim());

        // The active recommendations, counted and opening exactly those records; the top ones by exposure impact, each opening its own.
        var active = truth[Truth.ActiveSecurityRecommendations];
        Assert.Equal(active.ToString("N0"), page.Find("[data-testid=active-recommendations]").TextContent.Trim());
        Assert.Equal(active, await RecordsBehindAsync(page.Find("[data-testid=active-recommendations]").GetAttribute("href")!));
        var recommendations = page.FindAll("[data-testid=recommendation] a");
        Assert.Equal(Math.Min(AttackSurfaceService.TopRecommendationCount, active), recommendations.Count);
        var impacts = await fixture.App.QueryAsync(db => db.IngestedSecurityRecommendations.Where(r => r.IntegrationId == fixture.Contoso && r.Status == "Active")
            .OrderByDescending(r => r.ExposureImpact).Select(r => r.RecommendationName).Take(AttackSurfaceService.TopRecommendationCount).ToListAsync());
        Assert.Equal(impacts, recommendations.Select(r => r.TextContent.Trim()));
        foreach (var link in recommendations) Assert.Equal(1, await RecordsBehindAsync(link.GetAttribute("href")!));

        // Northwind has no Defender for Endpoint: the scores panel says why instead of a zero.
        var northwind = fixture.Render<AttackSurfacePage>(context, $"/dashboards/attack-surface?integration={fixture.Northwind}");
        northwind.WaitForAssertion(() => northwind.Find("[data-testid=panel-attack-surface-scores] [data-testid=coverage-blocked]"), TimeSpan.FromSeconds(10));
        Assert.Empty(northwind.FindAll("[data-testid=exposure-score]"));
    }

    [Fact]
    public async Task Devices_ShowTheSandboxFleetAndTheTopCves()
    {
        var truth = await fixture.App.GroundTruthAsync("contoso", fixture.Now.AddDays(-7));
        var critical = await fixture.App.QueryAsync(db => db.IngestedVulnerabilities.LongCountAsync(v => v.IntegrationId == fixture.Contoso && v.Severity == "Critical"));
        await using var context = PageContexts.SignedIn(fixture.App, fixture.Viewer.UserId, out var scope);
        using var _ = scope;
        var page = fixture.Render<DevicesPage>(context, $"/dashboards/devices?integration={fixture.Contoso}");
        page.WaitForAssertion(() => page.Find("[data-testid=headline-devices]"), TimeSpan.FromSeconds(10));

        // Devices are the onboarded ones; discovered devices are shown apart. Findings are the export's CVE rows.
        Assert.True(truth[Truth.DiscoveredDevices] > 0 && truth[Truth.OnboardedDevices] < truth[StreamCatalog.Machines]);
        Assert.Equal(truth[Truth.OnboardedDevices].ToString("N0"), page.Find("[data-testid=headline-devices] [data-testid=headline-value]").TextContent.Trim());
        Assert.Equal(truth[Truth.OnboardedDevices], await RecordsBehindAsync(page.Find("[data-testid=headline-devices]").GetAttribute("href")!));
        Assert.Equal(truth[Truth.HighlyExposedDevices].ToString("N0"), page.Find("[data-testid=headline-highly-exposed-devices] [data-testid=headline-value]").TextContent.Trim());
        Assert.StartsWith(truth[Truth.DiscoveredDevices].ToString("N0") + " discovered", page.Find("[data-testid=devices-discovered]").TextContent.Trim());
        Assert.Equal(truth[Truth.DiscoveredDevices], await RecordsBehindAsync(page.Find("[data-testid=devices-discovered] a").GetAttribute("href")!));
        Assert.Equal(truth[StreamCatalog.Vulnerabilities].ToString("N0"), page.Find("[data-testid=headline-vulnerability-findings] [data-testid=headline-value]").TextContent.Trim());
        Assert.Equal(critical.ToString("N0"), page.Find("[data-testid=headline-critical-findings] [data-testid=headline-value]").TextContent.Trim());
        Assert.Equal(truth[Truth.OnboardedDevices], page.FindAll("[data-testid=devices-by-exposure] .hb-count-value").Sum(v => long.Parse(v.TextContent.Replace(",", ""))));
        Assert.NotEmpty(page.FindAll("[data-testid=top-cve]"));

        // A device's page lists its findings: as many as the records filtered by the device.
        var machine = await fixture.App.QueryAsync(db => db.IngestedVulnerabilities.Where(v => v.IntegrationId == fixture.Contoso).Select(v => v.DeviceId!).FirstAsync());
        var device = context.Render<DeviceDetailPage>(p => p.AddCascadingValue(new HomeBase.Web.Access.SessionInfo(fixture.Tenant.Id, "127.0.0.1"))
            .Add(x => x.IntegrationId, fixture.Contoso).Add(x => x.MachineId, machine));
        device.WaitForAssertion(() => device.Find("[data-testid=device-vulnerabilities-all]"), TimeSpan.FromSeconds(10));
        var findings = await fixture.App.QueryAsync(db => db.IngestedVulnerabilities.LongCountAsync(v => v.IntegrationId == fixture.Contoso && v.DeviceId == machine));
        Assert.Equal(findings, await RecordsBehindAsync(device.Find("[data-testid=device-vulnerabilities-all]").GetAttribute("href")!));
    }

    [Fact]
    public async Task PrivilegedAccess_ListsEveryRoleHolder_GlobalAdministratorsFirst()
    {
        var truth = await fixture.App.GroundTruthAsync("contoso", fixture.Now.AddDays(-7));
        await using var context = PageContexts.SignedIn(fixture.App, fixture.Viewer.UserId, out var scope);
        using var _ = scope;
        var page = fixture.Render<PrivilegedAccessPage>(context, $"/dashboards/privileged-access?integration={fixture.Contoso}");
        page.WaitForAssertion(() => page.Find("[data-testid=headline-role-assignments]"), TimeSpan.FromSeconds(10));

        // Every number is the count of the records it opens, and equals what the sandbox assigns.
        Assert.Equal(truth[StreamCatalog.RoleAssignments].ToString("N0"), page.Find("[data-testid=headline-role-assignments] [data-testid=headline-value]").TextContent.Trim());
        Assert.Equal(truth[StreamCatalog.RoleAssignments], await RecordsBehindAsync(page.Find("[data-testid=headline-role-assignments]").GetAttribute("href")!));
        Assert.Equal(truth[Truth.GlobalAdministrators].ToString("N0"), page.Find("[data-testid=headline-global-administrators] [data-testid=headline-value]").TextContent.Trim());
        Assert.Equal(truth[Truth.GlobalAdministrators], await RecordsBehindAsync(page.Find("[data-testid=headline-global-administrators]").GetAttribute("href")!));
        foreach (var headline in new[] { "disabled-accounts-holding-a-role", "service-principals-holding-a-role" })
        {
            var shown = long.Parse(page.Find($"[data-testid=headline-{headline}] [data-testid=headline-value]").TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(shown > 0, $"{headline}: the sandbox has one, so a zero proves nothing.");
            Assert.Equal(shown, await RecordsBehindAsync(page.Find($"[data-testid=headline-{headline}]").GetAttribute("href")!));
        }
        Assert.Equal(long.Parse(page.Find("[data-testid=headline-disabled-accounts-holding-a-role] [data-testid=headline-value]").TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture),
            page.FindAll("[data-testid=holder-disabled]").Count);

        // Global Administrator comes first; each role lists as many holders as its records, eligible ones apart, and all add up.
        var roles = page.FindAll("[data-testid^=role-]").Where(r => r.GetAttribute("data-testid") is not ("role-holder" or "role-holders" or "role-eligible")).ToList();
        Assert.Equal("role-global-administrator", roles[0].GetAttribute("data-testid"));
        Assert.Equal(truth[Truth.GlobalAdministrators], roles[0].QuerySelectorAll("[data-testid=role-holder][data-grant=assigned]").Length);
        Assert.Equal(truth[Truth.EligibleGlobalAdministrators], roles[0].QuerySelectorAll("[data-testid=role-holder][data-grant=eligible]").Length);
        foreach (var role in roles)
        {
            Assert.Equal(role.QuerySelectorAll("[data-testid=role-holder][data-grant=assigned]").Length, await RecordsBehindAsync(role.QuerySelector("[data-testid=role-holders]")!.GetAttribute("href")!));
            var eligible = role.QuerySelectorAll("[data-testid=role-holder][data-grant=eligible]").Length;
            Assert.Equal(eligible, role.QuerySelector("[data-testid=role-eligible]") is { } link ? await RecordsBehindAsync(link.GetAttribute("href")!) : 0);
        }
        Assert.Equal(truth[StreamCatalog.RoleAssignments], roles.Sum(r => r.QuerySelectorAll("[data-testid=role-holder][data-grant=assigned]").Length));
        // PIM: eligible holders are counted apart, shown with when their eligibility ends.
        Assert.True(truth[Truth.Eligibilities] > 0);
        Assert.Equal(truth[Truth.Eligibilities].ToString("N0"), Value(page, "eligible-with-pim"));
        Assert.Equal(truth[Truth.Eligibilities], await RecordsBehindAsync(page.Find("[data-testid=headline-eligible-with-pim]").GetAttribute("href")!));
        Assert.Equal(truth[Truth.Eligibilities], roles.Sum(r => r.QuerySelectorAll("[data-testid=role-holder][data-grant=eligible]").Length));
        Assert.Equal(truth[Truth.Eligibilities], page.FindAll("[data-testid=holder-eligible]").Count);
        // PIM's instances say how each assignment is held: activated for hours, assigned until a day, or for good.
        Assert.True(truth[Truth.ActivatedRoleAssignments] > 0);
        Assert.Equal(truth[Truth.ActivatedRoleAssignments].ToString("N0"), Value(page, "activated-with-pim-now"));
        Assert.Equal(truth[Truth.ActivatedRoleAssignments], await RecordsBehindAsync(page.Find("[data-testid=headline-activated-with-pim-now]").GetAttribute("href")!));
        Assert.Equal(truth[Truth.ActivatedRoleAssignments], page.FindAll("[data-testid=holder-activated]").Count);
        Assert.Equal(truth[Truth.PermanentGlobalAdministrators].ToString("N0"), Value(page, "global-administrators-held-for-good"));
        Assert.Equal(truth[Truth.PermanentGlobalAdministrators], await RecordsBehindAsync(page.Find("[data-testid=headline-global-administrators-held-for-good]").GetAttribute("href")!));
        Assert.Equal(truth[Truth.PermanentGlobalAdministrators], roles[0].QuerySelectorAll("[data-testid=holder-permanent]").Length);
        var timeBound = page.FindAll("[data-testid=holder-time-bound]").Count;
        Assert.True(timeBound > 0, "The sandbox's Global Reader is assigned until a day.");
        Assert.Equal(timeBound, await RecordsBehindAsync($"/records/{RecordCatalog.RoleAssignments}?integration={fixture.Contoso}&held={RecordCatalog.HeldUntilADate}"));
        Assert.Equal(truth[StreamCatalog.RoleAssignments], page.FindAll("[data-testid=holder-permanent]").Count + timeBound + page.FindAll("[data-testid=holder-activated]").Count);
        Assert.Empty(page.FindAll("[data-testid=holder-assigned]"));
        // A user opens User 360; groups and service principals are named with their kind.
        Assert.All(page.FindAll("[data-testid=role-holder][data-kind=User] a"), a => Assert.StartsWith("/users/", a.GetAttribute("href")));
        Assert.NotEmpty(page.FindAll("[data-testid=role-holder][data-kind=Group]"));
        Assert.NotEmpty(page.FindAll("[data-testid=role-holder][data-kind='Service principal']"));
        // Admins without MFA stand out: one "Not registered" for each assignment, as Microsoft's registration report says.
        Assert.Equal(truth[Truth.AdminsWithoutMfa], page.FindAll("tr").Count(tr => tr.QuerySelector("[data-grant=assigned]") is not null && tr.QuerySelector("[data-testid=holder-no-mfa]") is not null));
    }

    [Fact]
    public async Task ConditionalAccess_CountsEachPolicysSignInsAndTheUncovered_AsTheSandboxMadeThem()
    {
        var truth = await fixture.App.GroundTruthAsync("contoso", fixture.Now.AddDays(-7));
        var policies = await fixture.App.QueryAsync(db => db.IngestedConditionalAccessPolicies.Where(p => p.IntegrationId == fixture.Contoso).ToListAsync());
        await using var context = PageContexts.SignedIn(fixture.App, fixture.Viewer.UserId, out var scope);
        using var _ = scope;
        var page = fixture.Render<ConditionalAccessPage>(context, $"/dashboards/conditional-access?integration={fixture.Contoso}&range=7d");
        page.WaitForAssertion(() => page.Find("[data-testid=headline-policies-on]"), TimeSpan.FromSeconds(10));

        // The inventory: each state counted and opening its policies.
        Assert.Equal(policies.Count(p => p.State == "enabled").ToString("N0"), Value(page, "policies-on"));
        Assert.Equal(policies.Count(p => p.State == "enabled"), await RecordsBehindAsync(page.Find("[data-testid=headline-policies-on]").GetAttribute("href")!));
        Assert.Equal(policies.Count(p => p.State == "enabledForReportingButNotEnforced"), await RecordsBehindAsync(page.Find("[data-testid=headline-report-only]").GetAttribute("href")!));
        Assert.Equal(policies.Count, page.FindAll("[data-testid=policy]").Count);

        // The sign-ins no policy applied to: the sandbox's count, opening exactly those; by app likewise.
        Assert.True(truth[Truth.SignInsWithoutPolicy] > 0);
        Assert.Equal(truth[Truth.SignInsWithoutPolicy].ToString("N0"), Value(page, "sign-ins-no-policy-applied-to"));
        Assert.Equal(truth[Truth.SignInsWithoutPolicy], await RecordsBehindAsync(page.Find("[data-testid=headline-sign-ins-no-policy-applied-to]").GetAttribute("href")!));
        var apps = page.FindAll("[data-testid=uncovered-by-app] [data-testid=breakdown-item]");
        Assert.NotEmpty(apps);
        foreach (var item in apps)
        {
            var expected = truth[Truth.SignInsWithoutPolicyFrom(item.GetAttribute("data-label")!)];
            Assert.Equal(expected.ToString("N0"), item.QuerySelector(".hb-count-value")!.TextContent.Trim());
            Assert.Equal(expected, await RecordsBehindAsync(item.GetAttribute("href")!));
        }

        // By user: the emergency-access account, excluded from every policy, first; each count the sandbox's, opening those sign-ins.
        var users = page.FindAll("[data-testid=uncovered-by-user] [data-testid=breakdown-item]");
        Assert.Equal(10, users.Count);
        string UserOf(AngleSharp.Dom.IElement item) => Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + item.GetAttribute("href")).Query)["user"].ToString();
        var byUser = truth.Where(t => t.Key.StartsWith(Truth.SignInsWithoutPolicyBy(""), StringComparison.Ordinal)).ToList();
        var mostUncovered = byUser.MaxBy(t => t.Value);
        Assert.True(mostUncovered.Value > 2 * byUser.Where(t => t.Key != mostUncovered.Key).Max(t => t.Value), "The sandbox's emergency account stands out.");
        Assert.Equal(mostUncovered.Key, Truth.SignInsWithoutPolicyBy(UserOf(users[0])));
        foreach (var item in users)
        {
            var expected = truth[Truth.SignInsWithoutPolicyBy(UserOf(item))];
            Assert.Equal(expected.ToString("N0"), item.QuerySelector(".hb-count-value")!.TextContent.Trim());
            Assert.Equal(expected, await RecordsBehindAsync(item.GetAttribute("href")!));
        }

        // Each policy: the sign-ins it was enforced on (success or failure), as the sandbox made them; a report-only policy enforces nothing.
        foreach (var row in page.FindAll("tr").Where(tr => tr.QuerySelector("[data-testid=policy]") is not null))
        {
            var link = row.QuerySelector("[data-testid=policy-sign-ins]")!;
            var policyId = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + link.GetAttribute("href")).Query)["applied"].ToString();
            var expected = truth.GetValueOrDefault(Truth.SignInsUnderPolicy(policyId));
            Assert.Equal(expected.ToString("N0"), link.TextContent.Trim());
            Assert.Equal(expected, await RecordsBehindAsync(link.GetAttribute("href")!));
            var state = row.QuerySelector("[data-testid=policy-state]")!.TextContent.Trim();
            if (state == "Report-only") Assert.Equal(0, expected);
            else Assert.True(expected > 0, $"{policyId} is on and the sandbox applies it to some sign-ins.");
            Assert.Contains("users", row.QuerySelector("[data-testid=policy-targets]")!.TextContent, StringComparison.OrdinalIgnoreCase);
            Assert.NotEmpty(row.QuerySelector("[data-testid=policy-grants]")!.TextContent.Trim());
        }
        Assert.Contains(page.FindAll("[data-testid=policy-grants]"), g => g.TextContent.Contains("Require MFA", StringComparison.Ordinal));
        Assert.Contains(page.FindAll("[data-testid=policy-grants]"), g => g.TextContent.Contains("Block access", StringComparison.Ordinal));
        // A policy changed in the directory audits of the week opens those changes.
        foreach (var changes in page.FindAll("[data-testid=policy-changes]"))
        {
            Assert.Equal(long.Parse(changes.TextContent.Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture), await RecordsBehindAsync(changes.GetAttribute("href")!));
        }

        // The identity dashboard names the same apps, each opening its sign-ins, and links here.
        var identity = fixture.Render<IdentityRiskPage>(context, $"/dashboards/identity?integration={fixture.Contoso}&range=7d");
        identity.WaitForAssertion(() => identity.Find("[data-testid=ca-page-link]"), TimeSpan.FromSeconds(10));
        foreach (var item in identity.FindAll("[data-testid=identity-uncovered-by-app] [data-testid=breakdown-item]"))
        {
            Assert.Equal(truth[Truth.SignInsWithoutPolicyFrom(item.GetAttribute("data-label")!)], await RecordsBehindAsync(item.GetAttribute("href")!));
        }
        var identityUsers = identity.FindAll("[data-testid=identity-uncovered-by-user] [data-testid=breakdown-item]");
        Assert.Equal(5, identityUsers.Count);
        Assert.Equal(UserOf(users[0]), UserOf(identityUsers[0]));
        foreach (var item in identityUsers)
        {
            Assert.Equal(truth[Truth.SignInsWithoutPolicyBy(UserOf(item))], await RecordsBehindAsync(item.GetAttribute("href")!));
        }
        Assert.StartsWith("/dashboards/conditional-access?", identity.Find("[data-testid=ca-page-link]").GetAttribute("href"));
    }

    [Fact]
    public async Task MicrosoftSecureScore_ShowsTheScoreItsProductsAndWhatWouldRaiseItMost()
    {
        var truth = await fixture.App.GroundTruthAsync("contoso", fixture.Now.AddDays(-30));
        var document = await fixture.App.GroundTruthDocumentAsync("contoso", fixture.Now.AddDays(-30));
        var controls = await fixture.App.QueryAsync(db => db.IngestedSecureScoreControls.Where(c => c.IntegrationId == fixture.Contoso && c.Deprecated != true).ToListAsync());
        await using var context = PageContexts.SignedIn(fixture.App, fixture.Viewer.UserId, out var scope);
        using var _ = scope;
        var page = fixture.Render<MicrosoftSecureScorePage>(context, $"/dashboards/secure-score?integration={fixture.Contoso}&range=30d");
        page.WaitForAssertion(() => page.Find("[data-testid=microsoft-secure-score]"), TimeSpan.FromSeconds(10));

        // The newest day's score, as the sandbox made it, with all tenants' average and how it moved over the month.
        var current = document["microsoft_secure_score_current"]!.GetValue<double>();
        var max = document["microsoft_secure_score_max"]!.GetValue<double>();
        Assert.Equal($"{Math.Round(100 * current / max, 1):0.#} %", page.Find("[data-testid=microsoft-secure-score]").TextContent.Trim());
        Assert.StartsWith($"{current:0.##} of {max:0.##} points", page.Find("[data-testid=microsoft-secure-score-points]").TextContent.Trim());
        Assert.Contains("41.2", page.Find("[data-testid=microsoft-secure-score-average]").TextContent);
        Assert.StartsWith("+", page.Find("[data-testid=microsoft-secure-score-change]").TextContent.Trim());

        // Each count opens exactly its records: controls with points to earn, complete, and the days of the range.
        Assert.Equal(truth[Truth.SecureScoreControlsToDo].ToString("N0"), Value(page, "controls-with-points-to-earn"));
        Assert.Equal(truth[Truth.SecureScoreControlsToDo], await RecordsBehindAsync(page.Find("[data-testid=headline-controls-with-points-to-earn]").GetAttribute("href")!));
        Assert.Equal(truth[Truth.SecureScoreControlsDone], await RecordsBehindAsync(page.Find("[data-testid=headline-controls-complete]").GetAttribute("href")!));
        var days = long.Parse(Value(page, "days-of-score-in-range"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(days, 29, 30);
        Assert.Equal(days, await RecordsBehindAsync(page.Find("[data-testid=headline-days-of-score-in-range]").GetAttribute("href")!));

        // By product: every product's points of what its controls are worth, and its to-do count opening those controls.
        var products = page.FindAll("[data-testid=product]");
        Assert.Equal(controls.Select(c => c.Service).Distinct().Count(), products.Count);
        Assert.Contains(products, p => p.TextContent == "Defender for Identity");
        foreach (var row in page.FindAll("tr").Where(tr => tr.QuerySelector("[data-testid=product]") is not null))
        {
            var service = row.QuerySelector("[data-testid=product]")!.TextContent;
            var mine = controls.Where(c => HomeBase.Core.Dashboards.DisplayNames.Of(c.Service) == service).ToList();
            Assert.Equal($"{mine.Sum(c => c.Score ?? 0):0.##} of {mine.Sum(c => c.MaxScore ?? 0):0.##}", row.QuerySelector("[data-testid=product-points]")!.TextContent.Trim());
            var toDo = row.QuerySelector("[data-testid=product-to-do]")!;
            Assert.Equal(mine.Count(c => c.Score < c.MaxScore), long.Parse(toDo.TextContent, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(mine.Count(c => c.Score < c.MaxScore), await RecordsBehindAsync(toDo.GetAttribute("href")!));
        }

        // What would raise it most: the control with the most points left first (Data Loss Prevention, 20), each opening itself,
        // its fix in words (no HTML) and a link into Microsoft's portal.
        var actions = page.FindAll("[data-testid=score-action]");
        Assert.Equal(Math.Min(10, truth[Truth.SecureScoreControlsToDo]), actions.Count);
        Assert.Contains("Apply Data Loss Prevention policies", actions[0].TextContent);
        Assert.Equal("+20", actions[0].QuerySelector("[data-testid=score-action-gain]")!.TextContent);
        var gains = actions.Select(a => double.Parse(a.QuerySelector("[data-testid=score-action-gain]")!.TextContent.TrimStart('+'), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(gains.OrderByDescending(g => g), gains);
        foreach (var action in actions) Assert.Equal(1, await RecordsBehindAsync(action.QuerySelector("a")!.GetAttribute("href")!));
        Assert.All(page.FindAll("[data-testid=score-action-link]"), a => Assert.StartsWith("https://", a.GetAttribute("href")));
        Assert.DoesNotContain("<b>", page.Find("[data-testid=panel-score-actions]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=coverage-blocked]"));
    }

    [Fact]
    public async Task Directory_CountsGuestsDisabledRoleHoldersAndSyncedAccounts_AsTheSandboxHasThem()
    {
        var truth = await fixture.App.GroundTruthAsync("contoso", fixture.Now.AddDays(-7));
        await using var context = PageContexts.SignedIn(fixture.App, fixture.Viewer.UserId, out var scope);
        using var _ = scope;
        var page = fixture.Render<DirectoryPage>(context, $"/dashboards/directory?integration={fixture.Contoso}");
        page.WaitForAssertion(() => page.Find("[data-testid=headline-users]"), TimeSpan.FromSeconds(10));

        // Each number is the sandbox's and opens exactly as many records.
        (string Headline, long Expected)[] expected =
        [
            ("users", truth[StreamCatalog.Users]), ("guests", truth[Truth.GuestUsers]), ("disabled-accounts-holding-a-role", truth[Truth.DisabledRoleHolders]),
            ("synced-from-on-premises", truth[Truth.SyncedUsers]), ("groups", truth[StreamCatalog.Groups]), ("groups-holding-a-role", truth[Truth.PrivilegedGroups]),
        ];
        foreach (var (headline, count) in expected)
        {
            Assert.True(count > 0, $"{headline}: the sandbox has some, so a zero proves nothing.");
            Assert.Equal(count.ToString("N0"), Value(page, headline));
            Assert.Equal(count, await RecordsBehindAsync(page.Find($"[data-testid=headline-{headline}]").GetAttribute("href")!));
        }
        // The lists name the same accounts and groups, people opening User 360.
        Assert.Equal(truth[Truth.DisabledRoleHolders], page.FindAll("[data-testid=disabled-holder]").Count);
        Assert.All(page.FindAll("[data-testid=disabled-holder] a"), a => Assert.StartsWith("/users/", a.GetAttribute("href")));
        Assert.Equal(truth[Truth.PrivilegedGroups], page.FindAll("[data-testid=privileged-group]").Count);
        // Accounts nobody has used for 90 days, from Microsoft's signInActivity: the sandbox's dormant accounts.
        var inactive = page.FindAll("[data-testid=inactive-accounts] [data-testid=breakdown-item]");
        Assert.Equal(truth[Truth.InactiveUsers].ToString("N0"), inactive[0].QuerySelector(".hb-count-value")!.TextContent.Trim());
        foreach (var item in inactive)
        {
            Assert.Equal(long.Parse(item.QuerySelector(".hb-count-value")!.TextContent.Trim().Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture),
                await RecordsBehindAsync(item.GetAttribute("href")!));
        }
        foreach (var item in page.FindAll("[data-testid=users-by-department] [data-testid=breakdown-item]").Take(3))
        {
            Assert.Equal(long.Parse(item.QuerySelector(".hb-count-value")!.TextContent.Trim().Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture),
                await RecordsBehindAsync(item.GetAttribute("href")!));
        }
    }

    [Fact]
    public async Task DirectoryChanges_CountEachAreaAndSignal_AsTheSandboxMadeThem_AndEachOpensItsRecords()
    {
        var since = fixture.Now.AddDays(-7);
        var truth = await fixture.App.GroundTruthAsync("contoso", since);
        await using var context = PageContexts.SignedIn(fixture.App, fixture.Viewer.UserId, out var scope);
        using var _ = scope;
        var page = fixture.Render<DirectoryChangesPage>(context, $"/dashboards/directory-changes?integration={fixture.Contoso}&range=7d");
        page.WaitForAssertion(() => page.Find("[data-testid=headline-directory-changes]"), TimeSpan.FromSeconds(10));

        Assert.Equal(truth[StreamCatalog.DirectoryAudits].ToString("N0"), Value(page, "directory-changes"));
        Assert.Equal(truth[StreamCatalog.DirectoryAudits], await RecordsBehindAsync(page.Find("[data-testid=headline-directory-changes]").GetAttribute("href")!));
        var flagged = DirectoryChangeSignals.All.Sum(s => truth[Truth.ChangesFlagged(s)]);
        Assert.True(flagged > 0);
        Assert.Equal(flagged.ToString("N0"), Value(page, "high-signal-changes"));
        Assert.Equal(flagged, await RecordsBehindAsync(page.Find("[data-testid=headline-high-signal-changes]").GetAttribute("href")!));
        foreach (var headline in new[] { "role-assignment-changes", "failed-changes" })
        {
            var shown = long.Parse(Value(page, headline).Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(shown > 0, $"{headline}: the sandbox makes some, so a zero proves nothing.");
            Assert.Equal(shown, await RecordsBehindAsync(page.Find($"[data-testid=headline-{headline}]").GetAttribute("href")!));
        }

        // Every area and signal: the sandbox's count, and exactly that many records behind the link.
        var areas = page.FindAll("[data-testid=changes-by-area] [data-testid=breakdown-item]");
        Assert.Equal(DirectoryChangeAreas.All.Count, areas.Count);
        foreach (var (area, item) in DirectoryChangeAreas.All.Zip(areas))
        {
            Assert.Equal(DirectoryChangeAreas.Label(area), item.GetAttribute("data-label"));
            Assert.Equal(truth[Truth.ChangesIn(area)].ToString("N0"), item.QuerySelector(".hb-count-value")!.TextContent.Trim());
            Assert.Equal(truth[Truth.ChangesIn(area)], await RecordsBehindAsync(item.GetAttribute("href")!));
        }
        var signals = page.FindAll("[data-testid=changes-by-signal] [data-testid=breakdown-item]");
        foreach (var (signal, item) in DirectoryChangeSignals.All.Zip(signals))
        {
            Assert.Equal(truth[Truth.ChangesFlagged(signal)].ToString("N0"), item.QuerySelector(".hb-count-value")!.TextContent.Trim());
            Assert.Equal(truth[Truth.ChangesFlagged(signal)], await RecordsBehindAsync(item.GetAttribute("href")!));
        }
        // The initiators add up to no more than all changes, and each opens as many records as it says.
        foreach (var item in page.FindAll("[data-testid=changes-by-initiator] [data-testid=breakdown-item]").Take(3))
        {
            Assert.Equal(long.Parse(item.QuerySelector(".hb-count-value")!.TextContent.Trim().Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture),
                await RecordsBehindAsync(item.GetAttribute("href")!));
        }
        // The latest high-signal changes, newest first, each opening exactly its own record.
        var entries = page.FindAll("[data-testid=flagged-change]");
        Assert.Equal(Math.Min(flagged, DirectoryChangesService.FlaggedShown), entries.Count);
        foreach (var entry in entries.Take(3)) Assert.Equal(1, await RecordsBehindAsync(entry.GetAttribute("href")!));

        // Find changes: the form opens the records page with the area, initiator and target it was given.
        var initiator = page.Find("[data-testid=changes-by-initiator] [data-testid=breakdown-item]").GetAttribute("data-label")!;
        page.Find("input[data-testid=find-initiator], [data-testid=find-initiator] input").Change(initiator);
        page.Find("[data-testid=panel-find] form").Submit();
        var navigation = context.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        Assert.Contains($"/records/{RecordCatalog.DirectoryChanges}?", navigation.Uri, StringComparison.Ordinal);
        Assert.Contains("initiator=" + Uri.EscapeDataString(initiator), navigation.Uri, StringComparison.Ordinal);
        Assert.True(await RecordsBehindAsync(new Uri(navigation.Uri).PathAndQuery) > 0);
    }

    [Fact]
    public async Task Compliance_ShowsScoreStandardsAndFailingControls()
    {
        var failedControls = await fixture.App.QueryAsync(db => db.IngestedComplianceControls.LongCountAsync(c => c.IntegrationId == fixture.Contoso && c.State == "Failed"));
        var unhealthy = await fixture.App.QueryAsync(db => db.IngestedRecommendations.LongCountAsync(r => r.IntegrationId == fixture.Contoso && r.StatusCode == "Unhealthy"));
        var score = await fixture.App.QueryAsync(db => db.IngestedSecureScores.Where(s => s.IntegrationId == fixture.Contoso).ToListAsync());
        await using var context = PageContexts.SignedIn(fixture.App, fixture.Viewer.UserId, out var scope);
        using var _ = scope;
        var page = fixture.Render<CompliancePage>(context, $"/dashboards/compliance?integration={fixture.Contoso}&range=30d");
        page.WaitForAssertion(() => page.Find("[data-testid=secure-score]"), TimeSpan.FromSeconds(10));

        Assert.Equal($"{Math.Round(100 * score.Sum(s => s.Current) / score.Sum(s => s.Max), 1):0.#} %", page.Find("[data-testid=secure-score]").TextContent.Trim());
        Assert.Equal(failedControls, page.FindAll("[data-testid=standard-failed]").Sum(f => long.Parse(f.TextContent)));
        Assert.Equal(unhealthy.ToString("N0"), page.Find("[data-testid=unhealthy-recommendations]").TextContent.Trim());
        Assert.Equal(unhealthy, await RecordsBehindAsync(page.Find("[data-testid=unhealthy-recommendations]").GetAttribute("href")!));
        // One reading so far: the trend says when it will appear rather than drawing one point.
        Assert.NotNull(page.Find("[data-testid=trend-pending]"));
    }

    [Fact]
    public async Task Activity_CountsTheSandboxOperationsAndCallsOutRoleAssignments()
    {
        var since = fixture.Now.AddDays(-7);
        var truth = await fixture.App.GroundTruthAsync("contoso", since);
        // One per operation: the EndRequest event of each Administrative operation, not its BeginRequest.
        var roleChanges = await fixture.App.QueryAsync(db => db.IngestedActivityLogs.LongCountAsync(a => a.IntegrationId == fixture.Contoso && a.EventTimestamp >= since
            && a.OperationName!.StartsWith("Microsoft.Authorization/roleAssignments/") && a.EventName == "EndRequest"));
        await using var context = PageContexts.SignedIn(fixture.App, fixture.Viewer.UserId, out var scope);
        using var _ = scope;
        var page = fixture.Render<ActivityPage>(context, $"/dashboards/activity?integration={fixture.Contoso}&range=7d");
        page.WaitForAssertion(() => page.Find("[data-testid=headline-operations]"), TimeSpan.FromSeconds(10));

        Assert.True(truth[Truth.Operations] < truth[StreamCatalog.ActivityLogs] / 2, "Each operation is two events, and other categories are mixed in.");
        Assert.Equal(truth[Truth.Operations].ToString("N0"), page.Find("[data-testid=headline-operations] [data-testid=headline-value]").TextContent.Trim());
        Assert.Equal(truth[Truth.Operations], await RecordsBehindAsync(page.Find("[data-testid=headline-operations]").GetAttribute("href")!));
        Assert.Equal(truth[Truth.Deletes].ToString("N0"), page.Find("[data-testid=headline-deletes] [data-testid=headline-value]").TextContent.Trim());
        Assert.Equal(truth[Truth.FailedOperations].ToString("N0"), page.Find("[data-testid=headline-failed-operations] [data-testid=headline-value]").TextContent.Trim());
        Assert.Equal(truth[StreamCatalog.ActivityLogs], page.FindAll("[data-testid=events-by-category] .hb-count-value").Sum(v => long.Parse(v.TextContent.Replace(",", ""))));
        Assert.Equal(roleChanges.ToString("N0"), page.Find("[data-testid=headline-role-assignment-changes] [data-testid=headline-value]").TextContent.Trim());
        var failedHref = page.Find("[data-testid=headline-failed-operations]").GetAttribute("href")!;
        Assert.Equal(long.Parse(page.Find("[data-testid=headline-failed-operations] [data-testid=headline-value]").TextContent.Replace(",", "")), await RecordsBehindAsync(failedHref));
        Assert.NotEmpty(page.FindAll("[data-testid=resource-type]"));
    }

    [Fact]
    public async Task User360_BringsTogetherRiskSignInsAlertsAndDevices()
    {
        // A risky user whom an alert also names.
        var upns = await fixture.App.QueryAsync(db => db.IngestedAlerts.Where(a => a.IntegrationId == fixture.Contoso && a.DeviceIds != null && a.UserPrincipalNames != null)
            .Select(a => a.UserPrincipalNames!).Distinct().ToListAsync());
        var person = await fixture.App.QueryAsync(db => db.IngestedUsers.Where(u => u.IntegrationId == fixture.Contoso).ToListAsync());
        var user = person.First(u => upns.Any(p => p.Contains(";" + u.UserPrincipalName!.ToLowerInvariant() + ";")));
        var since = fixture.Now.AddDays(-7);
        var signIns = await fixture.App.QueryAsync(db => db.IngestedSignIns.LongCountAsync(s => s.IntegrationId == fixture.Contoso && s.UserId == user.SourceId && s.CreatedAt >= since));

        await using var context = PageContexts.SignedIn(fixture.App, fixture.Viewer.UserId, out var scope);
        using var _ = scope;
        var page = fixture.Render<UserPage>(context, $"/users/{fixture.Contoso}/{user.SourceId}?range=7d",
            p => p.Add(x => x.IntegrationId, fixture.Contoso).Add(x => x.UserKey, user.SourceId));
        page.WaitForAssertion(() => page.Find("[data-testid=user-profile]"), TimeSpan.FromSeconds(10));

        Assert.Contains(user.UserPrincipalName!, page.Find("[data-testid=user-profile]").TextContent);
        Assert.Contains($"Sign-ins ({signIns:N0},", page.Find("[data-testid=user-sign-ins]").TextContent);
        Assert.Equal(signIns, await RecordsBehindAsync(page.Find("[data-testid=user-sign-ins-all]").GetAttribute("href")!));
        Assert.NotEmpty(page.FindAll("[data-testid=user-alert]"));
        Assert.NotEmpty(page.FindAll("[data-testid=user-device] a[href^='/devices/']"));

        // The same person by principal name, as an alert's evidence links them.
        var byName = fixture.Render<UserPage>(context, $"/users/{fixture.Contoso}/{user.UserPrincipalName}?range=7d",
            p => p.Add(x => x.IntegrationId, fixture.Contoso).Add(x => x.UserKey, user.UserPrincipalName!));
        byName.WaitForAssertion(() => Assert.Contains($"Sign-ins ({signIns:N0},", byName.Find("[data-testid=user-sign-ins]").TextContent), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task User360_ShowsAnAdminsRolesAndWhetherTheyRegisteredMfa()
    {
        // A Global Administrator without MFA (the sandbox's break-glass account), and a user with MFA and no role.
        var admin = await fixture.App.QueryAsync(db => db.IngestedUserRegistrations.FirstAsync(r => r.IntegrationId == fixture.Contoso && r.IsAdmin == true && r.IsMfaRegistered == false));
        var roles = await fixture.App.QueryAsync(db => db.IngestedRoleAssignments.Where(a => a.IntegrationId == fixture.Contoso && a.PrincipalId == admin.SourceId).Select(a => a.RoleName!).ToListAsync());
        var registered = await fixture.App.QueryAsync(db => db.IngestedUserRegistrations.FirstAsync(r => r.IntegrationId == fixture.Contoso && r.IsAdmin == false && r.IsMfaRegistered == true && r.MethodsRegistered != ""
            && !db.IngestedRoleEligibilities.Any(e => e.IntegrationId == r.IntegrationId && e.PrincipalId == r.SourceId)));

        await using var context = PageContexts.SignedIn(fixture.App, fixture.Viewer.UserId, out var scope);
        using var _ = scope;
        var page = fixture.Render<UserPage>(context, $"/users/{fixture.Contoso}/{admin.SourceId}",
            p => p.Add(x => x.IntegrationId, fixture.Contoso).Add(x => x.UserKey, admin.SourceId));
        page.WaitForAssertion(() => page.Find("[data-testid=user-mfa]"), TimeSpan.FromSeconds(10));
        Assert.Contains("Not registered", page.Find("[data-testid=user-mfa]").TextContent);
        Assert.NotEmpty(roles);
        Assert.All(roles, role => Assert.Contains(role, page.Find("[data-testid=user-roles]").TextContent));

        var other = fixture.Render<UserPage>(context, $"/users/{fixture.Contoso}/{registered.SourceId}",
            p => p.Add(x => x.IntegrationId, fixture.Contoso).Add(x => x.UserKey, registered.SourceId));
        other.WaitForAssertion(() => other.Find("[data-testid=user-mfa]"), TimeSpan.FromSeconds(10));
        Assert.StartsWith("Registered: ", other.Find("[data-testid=user-mfa]").TextContent.Trim());
        Assert.NotNull(registered.MfaMethodInUse);
        Assert.EndsWith($"asked for {HomeBase.Core.Dashboards.DisplayNames.Of(registered.MfaMethodInUse)}", other.Find("[data-testid=user-mfa]").TextContent.Trim());
        Assert.Equal("none", other.Find("[data-testid=user-roles]").TextContent.Trim());

        // When they last used the account, from Microsoft's signInActivity: a time, or "never signed in".
        var activity = await fixture.App.QueryAsync(db => db.IngestedSignInActivity.SingleAsync(r => r.IntegrationId == fixture.Contoso && r.SourceId == registered.SourceId));
        Assert.Equal(activity.LastActivityAt is { } last ? last.ToString("yyyy-MM-dd HH:mm") + " UTC" : "never signed in", other.Find("[data-testid=user-last-used]").TextContent.Trim());
        var never = await fixture.App.QueryAsync(db => db.IngestedSignInActivity.FirstAsync(r => r.IntegrationId == fixture.Contoso && r.LastActivityAt == null));
        var unused = fixture.Render<UserPage>(context, $"/users/{fixture.Contoso}/{never.SourceId}",
            p => p.Add(x => x.IntegrationId, fixture.Contoso).Add(x => x.UserKey, never.SourceId));
        unused.WaitForAssertion(() => Assert.Equal("never signed in", unused.Find("[data-testid=user-last-used]").TextContent.Trim()), TimeSpan.FromSeconds(10));

        // A role they can activate with PIM is named as such: one approval away from holding it.
        var eligibility = await fixture.App.QueryAsync(db => db.IngestedRoleEligibilities.FirstAsync(e => e.IntegrationId == fixture.Contoso && e.PrincipalType == "user"));
        var candidate = fixture.Render<UserPage>(context, $"/users/{fixture.Contoso}/{eligibility.PrincipalId}",
            p => p.Add(x => x.IntegrationId, fixture.Contoso).Add(x => x.UserKey, eligibility.PrincipalId));
        candidate.WaitForAssertion(() => Assert.Contains($"{eligibility.RoleName} (eligible)", candidate.Find("[data-testid=user-roles]").TextContent), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task User360_FindsAlertsThatNameThePersonByObjectIdAndNeverBySamName()
    {
        var since = fixture.Now.AddDays(-7);
        var alerts = await fixture.App.QueryAsync(db => db.IngestedAlerts.Where(a => a.IntegrationId == fixture.Contoso && a.CreatedAt >= since).ToListAsync());
        // Microsoft's userAccount keeps the SAM name apart from the UPN: no SAM name is ever taken for a UPN.
        Assert.All(alerts.Where(a => a.UserPrincipalNames != null), a => Assert.All(a.UserPrincipalNames!.Trim(';').Split(';'), upn => Assert.Contains('@', upn)));
        Assert.Contains(alerts, a => a.UserPrincipalNames is null && a.UserIds is null && a.Evidence!.Contains("svc-backup"));
        // A person whom at least one alert names only by object id (an on-premises account without a UPN).
        var byIdOnly = alerts.First(a => a.UserPrincipalNames is null && a.UserIds is not null);
        var userId = byIdOnly.UserIds!.Trim(';').Split(';')[0];
        var user = await fixture.App.QueryAsync(db => db.IngestedUsers.SingleAsync(u => u.IntegrationId == fixture.Contoso && u.SourceId == userId));
        var upn = user.UserPrincipalName!.ToLowerInvariant();
        var expected = alerts.Count(a => a.UserIds?.Contains($";{userId};") == true || a.UserPrincipalNames?.Contains($";{upn};") == true);
        Assert.True(expected > alerts.Count(a => a.UserPrincipalNames?.Contains($";{upn};") == true), "Some of the person's alerts name them only by object id.");

        await using var context = PageContexts.SignedIn(fixture.App, fixture.Viewer.UserId, out var scope);
        using var _ = scope;
        var page = fixture.Render<UserPage>(context, $"/users/{fixture.Contoso}/{user.UserPrincipalName}?range=7d",
            p => p.Add(x => x.IntegrationId, fixture.Contoso).Add(x => x.UserKey, user.UserPrincipalName!));
        page.WaitForAssertion(() => page.Find("[data-testid=user-alerts]"), TimeSpan.FromSeconds(10));

        Assert.Contains($"Alerts naming this person ({expected:N0})", page.Find("[data-testid=user-alerts]").TextContent);
        Assert.Equal(expected, await RecordsBehindAsync(page.FindAll("[data-testid=user-alerts] a").Last(a => a.TextContent.Contains("All alerts")).GetAttribute("href")!));
    }
}
