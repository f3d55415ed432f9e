using System.Text.Json.Nodes;
using HomeBase.Tests.Infrastructure;

namespace HomeBase.Tests.App.Sandbox;

/// <summary>The Defender for Endpoint API and ARM: shapes, paging, roles, licences and subscription access.</summary>
[Trait("Category", "App")]
public sealed class SandboxDefenderAndArmTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private const string DefenderScope = "https://api.securitycenter.microsoft.com/.default";
    private const string ArmScope = "https://management.azure.com/.default";

    [Fact]
    public async Task Machines_PagedWithTopAndSkip_ExactCountAndPascalCaseEnums()
    {
        var token = await sandbox.TokenAsync("contoso", DefenderScope);
        var (machines, pages, _) = await sandbox.GetAllAsync(token, "/mde/api/machines?$top=10");
        Assert.Equal((await sandbox.GroundTruthAsync("contoso"))["machines"]!.GetValue<int>(), machines.Count);
        Assert.True(pages > 1);
        Assert.All(machines, m => Assert.Contains(m["exposureLevel"]!.GetValue<string>(), new[] { "None", "Low", "Medium", "High" }));
        Assert.All(machines, m => Assert.Matches("^[0-9a-f]{40}$", m["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Machines_NoneReporting_Is404()
    {
        await sandbox.ControlAsync(HttpMethod.Put, "/tenants/tailspin/machines", new { count = 0 });
        await sandbox.ControlAsync(HttpMethod.Post, "/tenants/tailspin/secrets", new { value = "Sbx8Q~tailspin.defender-test-secret", expires_in_days = 10 });
        var tailspin = sandbox.Tenant("tailspin");
        var response = await sandbox.RequestTokenAsync(tailspin.TenantId.ToString(), tailspin.ClientId.ToString(), "Sbx8Q~tailspin.defender-test-secret", DefenderScope);
        var token = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["access_token"]!.GetValue<string>();

        var (status, body, _) = await sandbox.GetAsync(token, "/mde/api/machines");

        Assert.Equal(404, status);
        Assert.Equal("ResourceNotFound", body!["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task DefenderAlerts_AreTheEndpointAlertsWithPascalCaseStatus()
    {
        var token = await sandbox.TokenAsync("contoso", DefenderScope);
        var (alerts, _, _) = await sandbox.GetAllAsync(token, "/mde/api/alerts");
        Assert.Equal((await sandbox.GroundTruthAsync("contoso"))["defender_alerts"]!.GetValue<long>(), alerts.Count);
        Assert.All(alerts, a => Assert.Contains(a["status"]!.GetValue<string>(), new[] { "New", "InProgress", "Resolved" }));
    }

    [Fact]
    public async Task VulnerabilityExport_PagesWithNextLinkToTheExactTotal()
    {
        var token = await sandbox.TokenAsync("contoso", DefenderScope);
        var (rows, pages, _) = await sandbox.GetAllAsync(token, "/mde/api/machines/SoftwareVulnerabilitiesByMachine?pageSize=40");
        var truth = await sandbox.GroundTruthAsync("contoso");
        // As Microsoft's export does, it lists installed software without a CVE beside the findings.
        Assert.Equal(truth["vulnerability_export_rows"]!.GetValue<int>(), rows.Count);
        var findings = rows.Where(r => r["cveId"] is not null).ToList();
        Assert.Equal(truth["vulnerabilities"]!.GetValue<int>(), findings.Count);
        Assert.True(findings.Count < rows.Count);
        Assert.True(pages > 1);
        Assert.Equal(rows.Count, rows.Select(f => f["id"]!.GetValue<string>()).Distinct().Count());
        Assert.All(findings, f => Assert.Matches(@"^CVE-\d{4}-\d{4,5}$", f["cveId"]!.GetValue<string>()));
        Assert.All(rows, f => Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$", f["firstSeenTimestamp"]!.GetValue<string>()));
        Assert.All(findings, f => Assert.Equal(System.Text.Json.JsonValueKind.Number, f["cvssScore"]!.GetValueKind()));
    }

    [Fact]
    public async Task Defender_WithoutTheRole_Is403NamingTheMissingRole()
    {
        await sandbox.ControlAsync(HttpMethod.Delete, "/tenants/contoso/permissions/defender/Vulnerability.Read.All");
        try
        {
            var token = await sandbox.TokenAsync("contoso", DefenderScope);
            var (status, body, _) = await sandbox.GetAsync(token, "/mde/api/machines/SoftwareVulnerabilitiesByMachine");
            Assert.Equal(403, status);
            Assert.Contains("Vulnerability.Read.All", body!["error"]!["message"]!.GetValue<string>());
            Assert.Equal(200, (await sandbox.GetAsync(token, "/mde/api/machines?$top=1")).Status);
        }
        finally
        {
            await sandbox.ControlAsync(HttpMethod.Put, "/tenants/contoso/permissions/defender/Vulnerability.Read.All", new { consented = true });
        }
    }

    [Fact]
    public async Task Subscriptions_OnlyThoseWithARole()
    {
        var contoso = await sandbox.GetAllAsync(await sandbox.TokenAsync("contoso", ArmScope), "/arm/subscriptions?api-version=2022-12-01");
        var northwind = await sandbox.GetAllAsync(await sandbox.TokenAsync("northwind", ArmScope), "/arm/subscriptions?api-version=2022-12-01");
        Assert.Equal(3, contoso.Items.Count);
        Assert.Empty(northwind.Items);
        // As ARM lists them, with their state: Contoso's cancelled subscription is Disabled.
        Assert.Equal(["Disabled", "Enabled", "Enabled"], contoso.Items.Select(s => s["state"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task ActivityLog_RequiresTheTimeFilterAndPagesToTheExactCount()
    {
        var token = await sandbox.TokenAsync("contoso", ArmScope);
        var subscription = sandbox.Tenant("contoso").Subscriptions[0].Id;
        var path = $"/arm/subscriptions/{subscription}/providers/Microsoft.Insights/eventtypes/management/values?api-version=2015-04-01";

        var (missing, error, _) = await sandbox.GetAsync(token, path);
        Assert.Equal(400, missing);
        Assert.Contains("$filter", error!["error"]!["message"]!.GetValue<string>());

        var from = DateTimeOffset.UtcNow.AddDays(-29);
        var filter = Uri.EscapeDataString($"eventTimestamp ge '{from:yyyy-MM-ddTHH:mm:ssZ}' and eventTimestamp le '{DateTimeOffset.UtcNow.AddMinutes(1):yyyy-MM-ddTHH:mm:ssZ}'");
        var (events, pages, _) = await sandbox.GetAllAsync(token, $"{path}&$filter={filter}");

        Assert.True(pages > 1);
        Assert.All(events, e =>
        {
            Assert.NotNull(e["operationName"]!["localizedValue"]);
            Assert.Contains(e["status"]!["value"]!.GetValue<string>(), new[] { "Started", "Succeeded", "Failed", "Active" });
        });
        // As Microsoft's log does: an Administrative operation is a BeginRequest/Started and an EndRequest event
        // sharing one operationId, and other categories are mixed in.
        var operations = events.Where(e => e["category"]!["value"]!.GetValue<string>() == "Administrative")
            .GroupBy(e => e["operationId"]!.GetValue<string>()).Where(g => g.Count() == 2).ToList();
        Assert.NotEmpty(operations);
        Assert.All(operations, g => Assert.Equal(["BeginRequest", "EndRequest"], g.Select(e => e["eventName"]!["value"]!.GetValue<string>()).Order()));
        Assert.Contains(events, e => e["category"]!["value"]!.GetValue<string>() == "Policy");
        Assert.Contains(events, e => e["category"]!["value"]!.GetValue<string>() == "Security");
        var truth = await sandbox.Http.GetStringAsync($"/_sandbox/tenants/contoso/ground-truth?from={Uri.EscapeDataString(from.ToString("yyyy-MM-ddTHH:mm:ssZ"))}");
        Assert.Equal(JsonNode.Parse(truth)!["activity_logs"]![subscription.ToString()]!.GetValue<long>(), events.Count);
    }

    [Fact]
    public async Task DefenderForCloud_AssessmentsComplianceAndSecureScore()
    {
        var token = await sandbox.TokenAsync("contoso", ArmScope);
        var subscription = sandbox.Tenant("contoso").Subscriptions[0].Id;
        var root = $"/arm/subscriptions/{subscription}/providers/Microsoft.Security";

        var (assessments, _, _) = await sandbox.GetAllAsync(token, $"{root}/assessments?api-version=2021-06-01");
        Assert.Equal((await sandbox.GroundTruthAsync("contoso"))["recommendations"]!.GetValue<int>() / 2, assessments.Count);
        Assert.Contains(assessments, a => a["properties"]!["status"]!["code"]!.GetValue<string>() == "Unhealthy");

        var (standards, _, _) = await sandbox.GetAllAsync(token, $"{root}/regulatoryComplianceStandards?api-version=2019-01-01-preview");
        Assert.Contains(standards, s => s["name"]!.GetValue<string>() == "ISO-27001");
        var iso = standards.Single(s => s["name"]!.GetValue<string>() == "ISO-27001");
        var (controls, _, _) = await sandbox.GetAllAsync(token, $"{root}/regulatoryComplianceStandards/ISO-27001/regulatoryComplianceControls?api-version=2019-01-01-preview");
        Assert.Equal(iso["properties"]!["failedControls"]!.GetValue<int>(), controls.Count(c => c["properties"]!["state"]!.GetValue<string>() == "Failed"));
        var control = controls[0]["name"]!.GetValue<string>();
        var (checks, _, _) = await sandbox.GetAllAsync(token,
            $"{root}/regulatoryComplianceStandards/ISO-27001/regulatoryComplianceControls/{control}/regulatoryComplianceAssessments?api-version=2019-01-01-preview");
        Assert.Equal(controls[0]["properties"]!["failedAssessments"]!.GetValue<int>(), checks.Count(c => c["properties"]!["state"]!.GetValue<string>() == "Failed"));

        var (scores, _, _) = await sandbox.GetAllAsync(token, $"{root}/secureScores?api-version=2020-01-01");
        // One item per initiative, as Microsoft lists them; ascScore is the default.
        Assert.True(scores.Count > 1);
        var score = scores.Single(s => s["name"]!.GetValue<string>() == "ascScore")["properties"]!["score"]!;
        Assert.InRange(score["percentage"]!.GetValue<double>(), 0, 1);
    }

    [Fact]
    public async Task Arm_WithoutARoleOnTheSubscription_Is403AuthorizationFailed()
    {
        var contoso = sandbox.Tenant("contoso");
        var subscription = contoso.Subscriptions[1].Id;
        await sandbox.ControlAsync(HttpMethod.Put, $"/tenants/contoso/subscriptions/{subscription}/roles", Array.Empty<string>());
        try
        {
            var token = await sandbox.TokenAsync("contoso", ArmScope);
            var (status, body, response) = await sandbox.GetAsync(token, $"/arm/subscriptions/{subscription}/providers/Microsoft.Security/secureScores?api-version=2020-01-01");
            Assert.Equal(403, status);
            Assert.Equal("AuthorizationFailed", body!["error"]!["code"]!.GetValue<string>());
            Assert.True(response.Headers.Contains("x-ms-request-id"));
            Assert.Equal(2, (await sandbox.GetAllAsync(token, "/arm/subscriptions?api-version=2022-12-01")).Items.Count);
        }
        finally
        {
            await sandbox.ControlAsync(HttpMethod.Put, $"/tenants/contoso/subscriptions/{subscription}/roles", new[] { "Reader", "Security Reader" });
        }
    }

    [Fact]
    public async Task Arm_WithoutApiVersion_Is400()
    {
        var token = await sandbox.TokenAsync("contoso", ArmScope);
        var (status, body, _) = await sandbox.GetAsync(token, "/arm/subscriptions");
        Assert.Equal(400, status);
        Assert.Equal("MissingApiVersionParameter", body!["error"]!["code"]!.GetValue<string>());
    }
}
