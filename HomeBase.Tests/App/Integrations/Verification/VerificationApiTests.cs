using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Integrations.Verification;

/// <summary>The capability grid against the sandbox tenants over HTTPS, through the API (docs/specification.md §4).</summary>
[Trait("Category", "App")]
public sealed class VerificationApiTests(RealisticAppFixture fixture) : IClassFixture<RealisticAppFixture>
{
    private static readonly string[] GraphAndDefenderStreams =
        ["users", "groups", "role_assignments", "role_eligibility", "mfa_registration", "sign_in_activity", "sign_ins", "conditional_access", "directory_audits", "risky_users", "risk_detections", "alerts", "incidents", "microsoft_secure_score", "identity_sensors", "identity_health_issues", "machines", "vulnerabilities"];

    private static readonly string[] ArmStreams = ["activity_logs", "recommendations", "compliance", "secure_score"];

    private HomeBaseApp App => fixture.App;

    [Fact]
    public async Task Validate_Contoso_EveryStreamReadyAndNothingSaved()
    {
        var tenant = await App.CreateTenantAsync();
        var before = await App.QueryAsync(db => db.Integrations.CountAsync());

        var grid = await ValidateAsync(tenant, RequestBodies.Contoso, forCloud: true);

        Assert.All(grid["streams"]!.AsArray(), s => Assert.Equal("ready", s!["status"]!.GetValue<string>()));
        Assert.Equal(HomeBase.Core.Ingestion.Streams.StreamCatalog.All.Count, grid["streams"]!.AsArray().Count);
        // Contoso's third subscription is disabled: listed with its state, not read, and the ARM rows say so.
        Assert.Equal(3, grid["subscriptions"]!.AsArray().Count);
        Assert.Contains(grid["streams"]!.AsArray(), s => s!["stream"]!.GetValue<string>() == "activity_logs"
            && s["note"]!.GetValue<string>().Contains("Contoso Legacy (cancelled) (Disabled)", StringComparison.Ordinal));
        Assert.Equal("graph", grid["secret_expiry"]!["source"]!.GetValue<string>());
        Assert.Null(grid["admin_consent_url"]);
        Assert.Equal(before, await App.QueryAsync(db => db.Integrations.CountAsync()));
    }

    [Fact]
    public async Task Validate_FourTimesInARow_WaitsForGraphsReportsLimitInsteadOfBeingRefused()
    {
        // Each check probes sign-ins and directory audits at once: four checks are eight requests in Graph's reports
        // family (5 per 10 s). An admin pressing "Check" again must see the same grid, and HomeBase must wait for the
        // window rather than send requests Microsoft refuses (a refused probe is retried once, and can be refused again).
        var tenant = await App.CreateTenantAsync();
        var started = DateTimeOffset.UtcNow;
        for (var check = 1; check <= 4; check++)
        {
            var grid = await ValidateAsync(tenant, RequestBodies.Contoso, forCloud: false);
            Assert.All(["sign_ins", "directory_audits"], stream => Assert.Equal("ready", Row(grid, stream)["status"]!.GetValue<string>()));
        }
        var requests = JsonNode.Parse(await (await App.SandboxControlAsync(HttpMethod.Get, "/tenants/contoso/requests?family=graph_reports")).Content.ReadAsStringAsync())!
            .AsArray().Where(r => r!["at"]!.GetValue<DateTimeOffset>() >= started).ToList();
        Assert.True(requests.Count >= 8, $"Only {requests.Count} reports requests were logged.");
        Assert.DoesNotContain(requests, r => r!["throttled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Validate_Woodgrove_TheSeedsFivePermissionsAlone_StreamByStream()
    {
        // Woodgrove's app holds exactly the customer's five Graph permissions, consented, and no Azure role.
        var tenant = await App.CreateTenantAsync();
        var grid = await ValidateAsync(tenant, RequestBodies.Woodgrove, forCloud: true);

        var statuses = grid["streams"]!.AsArray().ToDictionary(s => s!["stream"]!.GetValue<string>(), s => s!["status"]!.GetValue<string>());
        Assert.Equal(new Dictionary<string, string>
        {
            ["users"] = "ready", ["groups"] = "ready", ["role_assignments"] = "ready", ["role_eligibility"] = "missing_permission", ["mfa_registration"] = "ready", ["sign_in_activity"] = "ready",
            ["sign_ins"] = "ready", ["conditional_access"] = "missing_permission", ["directory_audits"] = "ready", ["risky_users"] = "missing_permission",
            ["risk_detections"] = "ready", ["alerts"] = "missing_permission", ["incidents"] = "missing_permission", ["microsoft_secure_score"] = "ready",
            ["identity_sensors"] = "missing_permission", ["identity_health_issues"] = "missing_permission", ["threat_intelligence"] = "missing_permission",
            ["machines"] = "missing_permission", ["defender_scores"] = "missing_permission", ["security_recommendations"] = "missing_permission",
            ["vulnerabilities"] = "missing_permission", ["activity_logs"] = "no_subscription_access",
            ["recommendations"] = "no_subscription_access", ["compliance"] = "no_subscription_access", ["secure_score"] = "no_subscription_access",
        }, statuses);
        // Each blocked stream names the one grant or role that unlocks it: the README's table says the same.
        foreach (var stream in HomeBase.Core.Ingestion.Streams.StreamCatalog.All)
        {
            var row = Row(grid, stream.Name);
            var missing = HomeBase.Core.Ingestion.Streams.SeedCoverage.MissingGrant(stream);
            Assert.Equal(missing is null, row["status"]!.GetValue<string>() == "ready");
            if (missing is not null)
            {
                Assert.Equal(missing, row["permission"]!.GetValue<string>());
                Assert.Contains(missing, row["fix"]!.GetValue<string>());
            }
        }
        // Directory roles are read with the seed's Directory.Read.All, and the grid says a narrower grant would do.
        Assert.Contains("RoleManagement.Read.Directory", Row(grid, "role_assignments")["note"]!.GetValue<string>());
    }

    [Fact]
    public async Task Validate_WithoutEntraP1_MfaRegistrationNamesTheMissingLicence()
    {
        (await App.SandboxControlAsync(HttpMethod.Put, "/tenants/woodgrove/licences", Array.Empty<string>())).EnsureSuccessStatusCode();
        try
        {
            var grid = await ValidateAsync(await App.CreateTenantAsync(), RequestBodies.Woodgrove, forCloud: false);

            foreach (var stream in new[] { "mfa_registration", "sign_in_activity" })
            {
                var row = Row(grid, stream);
                Assert.Equal("missing_licence", row["status"]!.GetValue<string>());
                Assert.Contains("Microsoft Entra ID P1", row["fix"]!.GetValue<string>());
            }
        }
        finally
        {
            await App.SandboxControlAsync(HttpMethod.Put, "/tenants/woodgrove/licences", new[] { "AAD_PREMIUM", "AAD_PREMIUM_P2", "WIN_DEF_ATP" });
        }
    }

    [Fact]
    public async Task Validate_Fabrikam_GraphAndDefenderStreamsNeedAdminConsentWithTheConsentUrl()
    {
        var tenant = await App.CreateTenantAsync();
        var grid = await ValidateAsync(tenant, RequestBodies.Fabrikam, forCloud: true);

        var consentUrl = grid["admin_consent_url"]!.GetValue<string>();
        Assert.Equal($"{App.Sandbox.BaseUrl}/{RequestBodies.Fabrikam.AzureTenantId}/adminconsent?client_id={RequestBodies.Fabrikam.ClientId}", consentUrl);
        foreach (var stream in GraphAndDefenderStreams)
        {
            var row = Row(grid, stream);
            Assert.Equal("needs_admin_consent", row["status"]!.GetValue<string>());
            Assert.Equal(consentUrl, row["fix_url"]!.GetValue<string>());
        }
        // Azure access comes from role assignments, not consent: fabrikam's Reader role still works.
        Assert.All(ArmStreams, s => Assert.Equal("ready", Row(grid, s)["status"]!.GetValue<string>()));
        Assert.All(grid["permissions"]!.AsArray().Where(p => p!["api"]!.GetValue<string>() == "Microsoft Graph"),
            p => Assert.Equal("not_consented", p!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Validate_Northwind_LicenceGapsAndNoSubscriptionAccessAreNamed()
    {
        var tenant = await App.CreateTenantAsync();
        var grid = await ValidateAsync(tenant, RequestBodies.Northwind, forCloud: true);

        Assert.Equal("missing_licence", Row(grid, "risky_users")["status"]!.GetValue<string>());
        Assert.Contains("P2", Row(grid, "risky_users")["licence"]!.GetValue<string>());
        // PIM eligibility is a P2 feature too; P1 is enough for the MFA report and the users' last sign-ins.
        Assert.Equal("missing_licence", Row(grid, "role_eligibility")["status"]!.GetValue<string>());
        Assert.Contains("P2", Row(grid, "role_eligibility")["licence"]!.GetValue<string>());
        Assert.Equal("ready", Row(grid, "sign_in_activity")["status"]!.GetValue<string>());
        Assert.Equal("missing_licence", Row(grid, "machines")["status"]!.GetValue<string>());
        Assert.Equal("missing_licence", Row(grid, "vulnerabilities")["status"]!.GetValue<string>());
        Assert.Contains("Defender for Endpoint", Row(grid, "machines")["fix"]!.GetValue<string>());
        foreach (var stream in ArmStreams)
        {
            var row = Row(grid, stream);
            Assert.Equal("no_subscription_access", row["status"]!.GetValue<string>());
            Assert.Contains("Assign the Azure role", row["fix"]!.GetValue<string>());
        }
        // P1 is enough for sign-ins (docs/microsoft-apis.md §2.3); without P2 their risk levels are hidden, and the grid says so.
        Assert.Equal("ready", Row(grid, "sign_ins")["status"]!.GetValue<string>());
        Assert.Contains("P2", Row(grid, "risk_detections")["note"]!.GetValue<string>());
        Assert.Empty(grid["subscriptions"]!.AsArray());
    }

    [Fact]
    public async Task Create_Tailspin_Is422NamingTheExpiredSecretAndSavesNothing()
    {
        var tenant = await App.CreateTenantAsync();
        using var client = App.CreateApiClient(tenant.ApiKey);

        var response = await client.PostAsync("/v1/integrations", RequestBodies.Seed(tenant.Id, app: RequestBodies.Tailspin).Json());

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "credential_secret_expired");
        Assert.Contains("expired", problem.Detail);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(7000222, body["aadsts"]!.GetValue<int>());
        Assert.Contains("Certificates & secrets", body["fix"]!.GetValue<string>());
        Assert.Equal(0, await App.QueryAsync(db => db.Integrations.CountAsync(i => i.TenantId == tenant.Id)));
    }

    [Theory]
    [InlineData("wrong-secret", "credential_invalid_secret", 7000215)]
    [InlineData("wrong-tenant", "credential_unknown_tenant", 90002)]
    [InlineData("wrong-client", "credential_app_not_found", 700016)]
    public async Task Create_BadCredentials_AreNamedPrecisely(string situation, string code, int aadsts)
    {
        var tenant = await App.CreateTenantAsync();
        using var client = App.CreateApiClient(tenant.ApiKey);
        var body = situation switch
        {
            "wrong-secret" => RequestBodies.Seed(tenant.Id, secret: "Sbx8Q~this-is-not-the-secret"),
            "wrong-tenant" => RequestBodies.Seed(tenant.Id).With(b => b["credentials"]!["azure_tenant_id"] = "11111111-2222-4333-8444-555555555555"),
            _ => RequestBodies.Seed(tenant.Id, clientId: "11111111-2222-4333-8444-555555555555"),
        };

        foreach (var url in new[] { "/v1/integrations?validate=true", "/v1/integrations" })
        {
            var response = await client.PostAsync(url, body.Json());
            await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, code);
            Assert.Equal(aadsts, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["aadsts"]!.GetValue<int>());
        }
        Assert.Equal(0, await App.QueryAsync(db => db.Integrations.CountAsync(i => i.TenantId == tenant.Id)));
    }

    [Fact]
    public async Task Create_PastedSecretId_IsNamedBeforeAzureIsAsked()
    {
        var tenant = await App.CreateTenantAsync();
        using var client = App.CreateApiClient(tenant.ApiKey);
        var response = await client.PostAsync("/v1/integrations", RequestBodies.Seed(tenant.Id, secret: "5a7c9e1b-3d5f-4a8c-9e0b-2c4e6a8d0f1b").Json());
        var errors = await response.ShouldBeValidationProblemAsync("credentials.client_secret");
        Assert.Contains("secret's ID, not its value", errors["credentials.client_secret"][0]);
    }

    [Fact]
    public async Task Validate_OnePermissionMissing_BlocksExactlyThatStream()
    {
        (await App.SandboxControlAsync(HttpMethod.Delete, "/tenants/contoso/permissions/graph/SecurityAlert.Read.All")).EnsureSuccessStatusCode();
        try
        {
            var tenant = await App.CreateTenantAsync();
            var grid = await ValidateAsync(tenant, RequestBodies.Contoso, forCloud: true);

            var alerts = Row(grid, "alerts");
            Assert.Equal("missing_permission", alerts["status"]!.GetValue<string>());
            Assert.Equal("SecurityAlert.Read.All", alerts["permission"]!.GetValue<string>());
            Assert.Contains("CallAnAPI", alerts["fix_url"]!.GetValue<string>());
            Assert.All(grid["streams"]!.AsArray().Where(s => s!["stream"]!.GetValue<string>() != "alerts"),
                s => Assert.Equal("ready", s!["status"]!.GetValue<string>()));
            var permission = grid["permissions"]!.AsArray().Single(p => p!["permission"]!.GetValue<string>() == "SecurityAlert.Read.All")!;
            Assert.Equal("missing", permission["status"]!.GetValue<string>());
        }
        finally
        {
            await App.SandboxControlAsync(HttpMethod.Put, "/tenants/contoso/permissions/graph/SecurityAlert.Read.All", new { consented = true });
        }
    }

    [Fact]
    public async Task Validate_OnlyDirectoryReadAll_SignInsReadyWithMorePrivilegeAndDirectoryAuditsMissingAuditLog()
    {
        (await App.SandboxControlAsync(HttpMethod.Delete, "/tenants/contoso/permissions/graph/AuditLog.Read.All")).EnsureSuccessStatusCode();
        try
        {
            var grid = await ValidateAsync(await App.CreateTenantAsync(), RequestBodies.Contoso, forCloud: false);

            // Microsoft lists Directory.Read.All as the higher-privileged permission for sign-ins: they work, and the grid says so.
            var signIns = Row(grid, "sign_ins");
            Assert.Equal("ready", signIns["status"]!.GetValue<string>());
            Assert.Contains("Read with Directory.Read.All", signIns["note"]!.GetValue<string>());
            Assert.Contains("AuditLog.Read.All is the least privileged", signIns["note"]!.GetValue<string>());
            var audits = Row(grid, "directory_audits");
            Assert.Equal("missing_permission", audits["status"]!.GetValue<string>());
            Assert.Contains("AuditLog.Read.All", audits["fix"]!.GetValue<string>());
        }
        finally
        {
            await App.SandboxControlAsync(HttpMethod.Put, "/tenants/contoso/permissions/graph/AuditLog.Read.All", new { consented = true });
        }
    }

    [Fact]
    public async Task Validate_OnlyAuditLogReadAll_SignInsReadyAndDirectoryAuditsNameTheMissingDirectoryReadAll()
    {
        (await App.SandboxControlAsync(HttpMethod.Delete, "/tenants/contoso/permissions/graph/Directory.Read.All")).EnsureSuccessStatusCode();
        try
        {
            var grid = await ValidateAsync(await App.CreateTenantAsync(), RequestBodies.Contoso, forCloud: false);

            Assert.Equal("ready", Row(grid, "sign_ins")["status"]!.GetValue<string>());
            // Microsoft documents directory audits as needing both: the probe is refused and the fix names the one missing.
            var audits = Row(grid, "directory_audits");
            Assert.Equal("missing_permission", audits["status"]!.GetValue<string>());
            Assert.Contains("requires Directory.Read.All beside AuditLog.Read.All", audits["fix"]!.GetValue<string>());
            var directory = grid["permissions"]!.AsArray().Single(p => p!["permission"]!.GetValue<string>() == "Directory.Read.All")!;
            Assert.Contains("directory_audits", directory["required_for"]!.AsArray().Select(n => n!.GetValue<string>()));
        }
        finally
        {
            await App.SandboxControlAsync(HttpMethod.Put, "/tenants/contoso/permissions/graph/Directory.Read.All", new { consented = true });
        }
    }

    [Fact]
    public async Task Validate_SignInsRefusedWithAuditLogAlone_FixNamesDirectoryReadAllAndTheKnownIssue()
    {
        (await App.SandboxControlAsync(HttpMethod.Delete, "/tenants/contoso/permissions/graph/Directory.Read.All")).EnsureSuccessStatusCode();
        // Microsoft's known issue: sign-ins refused with AuditLog.Read.All until Directory.Read.All is consented too.
        (await App.SandboxControlAsync(HttpMethod.Post, "/faults", new { kind = "forbidden", tenant = "contoso", path = "auditLogs/signIns" })).EnsureSuccessStatusCode();
        try
        {
            var grid = await ValidateAsync(await App.CreateTenantAsync(), RequestBodies.Contoso, forCloud: false);

            var signIns = Row(grid, "sign_ins");
            Assert.Equal("missing_permission", signIns["status"]!.GetValue<string>());
            Assert.Contains("known issue", signIns["fix"]!.GetValue<string>());
            Assert.Contains("add the application permission Directory.Read.All", signIns["fix"]!.GetValue<string>());
        }
        finally
        {
            await App.SandboxControlAsync(HttpMethod.Delete, "/faults");
            await App.SandboxControlAsync(HttpMethod.Put, "/tenants/contoso/permissions/graph/Directory.Read.All", new { consented = true });
        }
    }

    [Fact]
    public async Task Permissions_ShowTheSeedFiveAndTheExtrasWithTheLegacyWarning()
    {
        var tenant = await App.CreateTenantAsync();
        var grid = await ValidateAsync(tenant, RequestBodies.Contoso, forCloud: false);
        var permissions = grid["permissions"]!.AsArray().Select(p => p!).ToList();

        Assert.Equal(["User.Read.All", "AuditLog.Read.All", "IdentityRiskEvent.Read.All", "SecurityEvents.Read.All", "Directory.Read.All"],
            permissions.Where(p => p["in_seed"]!.GetValue<bool>()).Select(p => p["permission"]!.GetValue<string>()));
        Assert.Contains("removed on 2026-04-10", permissions.Single(p => p["permission"]!.GetValue<string>() == "SecurityEvents.Read.All")["note"]!.GetValue<string>());
        Assert.Contains(permissions, p => p["permission"]!.GetValue<string>() == "Machine.Read.All" && p["api"]!.GetValue<string>() == "WindowsDefenderATP");
        Assert.Contains(permissions, p => p["permission"]!.GetValue<string>() == "Security Reader" && p["api"]!.GetValue<string>() == "Azure RBAC");
        Assert.All(permissions.Where(p => p["api"]!.GetValue<string>() == "Microsoft Graph"), p => Assert.Equal("granted", p["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Verify_AfterConsentIsGranted_TurnsDegradedIntoConnected()
    {
        var tenant = await App.CreateTenantAsync();
        using var client = App.CreateApiClient(tenant.ApiKey);
        var created = JsonNode.Parse(await (await client.PostAsync("/v1/integrations", RequestBodies.Seed(tenant.Id, app: RequestBodies.Fabrikam).Json()))
            .Content.ReadAsStringAsync())!;
        Assert.Equal("degraded", created["status"]!.GetValue<string>());
        var id = created["id"]!.GetValue<string>();
        var firstRun = created["verified_at"]!.GetValue<string>();

        (await App.SandboxControlAsync(HttpMethod.Put, "/tenants/fabrikam/consent", new { consented = true })).EnsureSuccessStatusCode();
        try
        {
            var verified = JsonNode.Parse(await (await client.PostAsync($"/v1/integrations/{id}/verify", null)).Content.ReadAsStringAsync())!;
            Assert.Equal("connected", verified["status"]!.GetValue<string>());

            var read = (await client.GetFromJsonAsync<JsonObject>($"/v1/integrations/{id}"))!;
            Assert.Equal("connected", read["status"]!.GetValue<string>());
            Assert.NotEqual(firstRun, read["verified_at"]!.GetValue<string>());
            Assert.All(read["verification"]!["streams"]!.AsArray().Where(s => s!["enabled"]!.GetValue<bool>()),
                s => Assert.Equal("ready", s!["status"]!.GetValue<string>()));
            Assert.Contains(await App.QueryAsync(db => db.AuditEntries.Where(a => a.TargetId == id).Select(a => a.Action).ToListAsync()),
                a => a == "integration.verified");
        }
        finally
        {
            await App.SandboxControlAsync(HttpMethod.Put, "/tenants/fabrikam/consent", new { consented = false });
        }
    }

    [Fact]
    public async Task Verify_SecretExpiredSinceCreation_BlocksTheIntegrationAndNamesTheCause()
    {
        var tenant = await App.CreateTenantAsync();
        using var client = App.CreateApiClient(tenant.ApiKey);
        var secret = "Sbx8Q~northwind.secret-that-will-expire";
        var added = (await (await App.SandboxControlAsync(HttpMethod.Post, "/tenants/northwind/secrets", new { value = secret, expires_in_days = 5 }))
            .Content.ReadFromJsonAsync<JsonObject>())!;
        var id = JsonNode.Parse(await (await client.PostAsync("/v1/integrations", RequestBodies.Seed(tenant.Id, secret: secret, app: RequestBodies.Northwind).Json()))
            .Content.ReadAsStringAsync())!["id"]!.GetValue<string>();

        await App.SandboxControlAsync(HttpMethod.Post, $"/tenants/northwind/secrets/{added["key_id"]}/expire");
        var verified = JsonNode.Parse(await (await client.PostAsync($"/v1/integrations/{id}/verify", null)).Content.ReadAsStringAsync())!;

        Assert.Equal("blocked", verified["status"]!.GetValue<string>());
        Assert.Equal("credential_secret_expired", verified["verification"]!["credential_failure"]!["code"]!.GetValue<string>());
    }

    private async Task<JsonNode> ValidateAsync(TestTenant tenant, SandboxApp app, bool forCloud)
    {
        using var client = App.CreateApiClient(tenant.ApiKey);
        var body = RequestBodies.Seed(tenant.Id, app: app).With(b => b["config"]!["ingest_defender_for_cloud"] = forCloud);
        var response = await client.PostAsync("/v1/integrations?validate=true", body.Json());
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!;
    }

    private static JsonNode Row(JsonNode grid, string stream) =>
        grid["streams"]!.AsArray().Single(s => s!["stream"]!.GetValue<string>() == stream)!;
}
