using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HomeBase.Tests.Infrastructure;

namespace HomeBase.Tests.App.Sandbox;

/// <summary>Graph over HTTPS: paging to the end with exact counts, filters, ordering, permissions, licences, CA omission.</summary>
[Trait("Category", "App")]
public sealed class SandboxGraphTests(FakeClockSandboxFixture sandbox) : IClassFixture<FakeClockSandboxFixture>
{
    [Fact]
    public async Task SignIns_PageToTheEnd_ExactlyTheGroundTruthNewestFirst()
    {
        var token = await sandbox.TokenAsync("contoso");
        var truth = await sandbox.GroundTruthAsync("contoso");

        var (items, pages, _) = await sandbox.GetAllAsync(token, "/graph/v1.0/auditLogs/signIns?$top=500");

        Assert.Equal(truth["sign_ins"]!.GetValue<long>(), items.Count);
        Assert.Equal((items.Count + 499) / 500, pages);
        Assert.Equal(items.Count, items.Select(i => i["id"]!.GetValue<string>()).Distinct().Count());
        var times = items.Select(i => DateTimeOffset.Parse(i["createdDateTime"]!.GetValue<string>())).ToList();
        Assert.Equal(times.OrderByDescending(t => t), times);
    }

    [Fact]
    public async Task SignIns_DefaultPageIs1000AndTopAbove1000IsRefused()
    {
        var token = await sandbox.TokenAsync("contoso");
        var (_, first, _) = await sandbox.GetAsync(token, "/graph/v1.0/auditLogs/signIns");
        Assert.Equal(1000, first!["value"]!.AsArray().Count);
        Assert.Contains("$skiptoken=", first["@odata.nextLink"]!.GetValue<string>());

        var (status, body, _) = await sandbox.GetAsync(token, "/graph/v1.0/auditLogs/signIns?$top=1001");
        Assert.Equal(400, status);
        Assert.Equal("BadRequest", body!["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task SignIns_TimeFilter_ReturnsExactlyTheEventsInTheWindow()
    {
        var token = await sandbox.TokenAsync("contoso");
        var to = sandbox.Clock.GetUtcNow().AddDays(-2);
        var from = to.AddDays(-3);
        var filter = $"createdDateTime ge {from:yyyy-MM-ddTHH:mm:ssZ} and createdDateTime le {to:yyyy-MM-ddTHH:mm:ssZ}";

        var (items, _, _) = await sandbox.GetAllAsync(token, $"/graph/v1.0/auditLogs/signIns?$filter={Uri.EscapeDataString(filter)}");

        var expected = (await sandbox.Http.GetFromJsonAsync<JsonObject>(
            $"/_sandbox/tenants/contoso/ground-truth?from={Uri.EscapeDataString(from.ToString("O"))}&to={Uri.EscapeDataString(to.ToString("O"))}"))!;
        Assert.Equal(expected["sign_ins"]!.GetValue<long>(), items.Count);
        Assert.All(items, i => Assert.InRange(DateTimeOffset.Parse(i["createdDateTime"]!.GetValue<string>()), from, to));
        Assert.NotEmpty(items);
    }

    [Fact]
    public async Task SignIns_NewEventsAppearAsTimePasses()
    {
        var before = sandbox.Clock.GetUtcNow();
        var filter = Uri.EscapeDataString($"createdDateTime gt {before:yyyy-MM-ddTHH:mm:ss.fffZ}");
        var (nothingYet, _, _) = await sandbox.GetAllAsync(await sandbox.TokenAsync("contoso"), $"/graph/v1.0/auditLogs/signIns?$filter={filter}");

        sandbox.Clock.Advance(TimeSpan.FromHours(2));
        var (fresh, _, _) = await sandbox.GetAllAsync(await sandbox.TokenAsync("contoso"), $"/graph/v1.0/auditLogs/signIns?$filter={filter}");

        Assert.Empty(nothingYet);
        Assert.NotEmpty(fresh);
        Assert.All(fresh, i => Assert.True(DateTimeOffset.Parse(i["createdDateTime"]!.GetValue<string>()) > before));
    }

    [Fact]
    public async Task SignIns_WithoutPolicyReadAll_OmitAppliedConditionalAccessPolicies()
    {
        var token = await sandbox.TokenAsync("contoso");
        var (_, withPolicy, _) = await sandbox.GetAsync(token, "/graph/v1.0/auditLogs/signIns?$top=5");
        Assert.All(withPolicy!["value"]!.AsArray(), s => Assert.True(s!.AsObject().ContainsKey("appliedConditionalAccessPolicies")));

        await sandbox.ControlAsync(HttpMethod.Delete, "/tenants/contoso/permissions/graph/Policy.Read.All");
        try
        {
            var reduced = await sandbox.TokenAsync("contoso");
            var (status, withoutPolicy, _) = await sandbox.GetAsync(reduced, "/graph/v1.0/auditLogs/signIns?$top=5");
            Assert.Equal(200, status);
            Assert.All(withoutPolicy!["value"]!.AsArray(), s =>
            {
                Assert.False(s!.AsObject().ContainsKey("appliedConditionalAccessPolicies"));
                Assert.NotNull(s["conditionalAccessStatus"]);
            });
        }
        finally
        {
            await sandbox.ControlAsync(HttpMethod.Put, "/tenants/contoso/permissions/graph/Policy.Read.All", new { consented = true });
        }
    }

    [Theory]
    [InlineData("/graph/v1.0/users")]
    [InlineData("/graph/v1.0/auditLogs/signIns")]
    [InlineData("/graph/v1.0/auditLogs/directoryAudits")]
    [InlineData("/graph/v1.0/identityProtection/riskyUsers")]
    [InlineData("/graph/v1.0/identityProtection/riskDetections")]
    [InlineData("/graph/v1.0/identity/conditionalAccess/policies")]
    [InlineData("/graph/v1.0/security/alerts_v2")]
    [InlineData("/graph/v1.0/groups/delta")]
    public async Task Fabrikam_WithoutConsent_Gets403AuthorizationRequestDenied(string path)
    {
        var token = await sandbox.TokenAsync("fabrikam");
        var (status, body, response) = await sandbox.GetAsync(token, path);
        Assert.Equal(403, status);
        Assert.Equal("Authorization_RequestDenied", body!["error"]!["code"]!.GetValue<string>());
        Assert.True(Guid.TryParse(body["error"]!["innerError"]!["request-id"]!.GetValue<string>(), out _));
        Assert.True(response.Headers.Contains("request-id"));
    }

    [Fact]
    public async Task Northwind_P1Only_SignInsWorkButRiskyUsersNeedP2AndRiskLevelsAreHidden()
    {
        var token = await sandbox.TokenAsync("northwind");
        var (signIns, body, _) = await sandbox.GetAsync(token, "/graph/v1.0/auditLogs/signIns?$top=3");
        Assert.Equal(200, signIns);
        Assert.All(body!["value"]!.AsArray(), s => Assert.Equal("hidden", s!["riskLevelDuringSignIn"]!.GetValue<string>()));

        var (risky, riskyBody, _) = await sandbox.GetAsync(token, "/graph/v1.0/identityProtection/riskyUsers");
        Assert.Equal(403, risky);
        Assert.Contains("P2", riskyBody!["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task SignIns_WithoutAnyPremiumLicence_GetTheNonPremiumError()
    {
        await sandbox.ControlAsync(HttpMethod.Put, "/tenants/northwind/licences", Array.Empty<string>());
        try
        {
            var token = await sandbox.TokenAsync("northwind");
            var (status, body, _) = await sandbox.GetAsync(token, "/graph/v1.0/auditLogs/signIns");
            Assert.Equal(403, status);
            Assert.Equal("Authentication_RequestFromNonPremiumTenantOrB2CTenant", body!["error"]!["code"]!.GetValue<string>());
            Assert.Equal("Neither tenant is B2C or tenant doesn't have premium license", body["error"]!["message"]!.GetValue<string>());
        }
        finally
        {
            await sandbox.ControlAsync(HttpMethod.Put, "/tenants/northwind/licences", new[] { "AAD_PREMIUM" });
        }
    }

    [Fact]
    public async Task GrantingConsentThroughTheControlApi_GivesTheNextTokenItsRoles()
    {
        Assert.Empty(SandboxTokenTests.Roles(await sandbox.TokenAsync("fabrikam")));
        await sandbox.ControlAsync(HttpMethod.Put, "/tenants/fabrikam/consent", new { consented = true });
        try
        {
            var token = await sandbox.TokenAsync("fabrikam");
            Assert.Contains("User.Read.All", SandboxTokenTests.Roles(token));
            Assert.Equal(200, (await sandbox.GetAsync(token, "/graph/v1.0/users")).Status);
        }
        finally
        {
            await sandbox.ControlAsync(HttpMethod.Put, "/tenants/fabrikam/consent", new { consented = false });
        }
    }

    [Fact]
    public async Task Users_PageWithTopToTheEnd_ExactCount()
    {
        var token = await sandbox.TokenAsync("contoso");
        var (items, pages, _) = await sandbox.GetAllAsync(token, "/graph/v1.0/users?$top=25&$select=id,displayName");
        Assert.Equal((await sandbox.GroundTruthAsync("contoso"))["users"]!.GetValue<int>(), items.Count);
        Assert.True(pages > 1);
        Assert.All(items, u => Assert.Equal(["displayName", "id"], u!.AsObject().Select(p => p.Key).Order()));
    }

    [Fact]
    public async Task OrganizationLicencesAndOwnApplication_AreReadable()
    {
        var token = await sandbox.TokenAsync("contoso");
        var (_, skus, _) = await sandbox.GetAsync(token, "/graph/v1.0/subscribedSkus");
        Assert.Contains(skus!["value"]!.AsArray(), s => s!["skuPartNumber"]!.GetValue<string>() == "AAD_PREMIUM_P2");

        var contoso = sandbox.Tenant("contoso");
        var (status, app, _) = await sandbox.GetAsync(token, $"/graph/v1.0/applications(appId='{contoso.ClientId}')?$select=id,appId,passwordCredentials");
        Assert.Equal(200, status);
        var credential = app!["passwordCredentials"]![0]!;
        Assert.Equal(contoso.Secrets[0].Value[..3], credential["hint"]!.GetValue<string>());
        Assert.Null(credential["secretText"]);
        Assert.Equal(contoso.Secrets[0].EndDateTime.UtcDateTime.Date, DateTimeOffset.Parse(credential["endDateTime"]!.GetValue<string>()).UtcDateTime.Date);
    }

    [Fact]
    public async Task AlertsV2_IncludeDefenderForEndpointAndIdentityWithLateralMovement()
    {
        var token = await sandbox.TokenAsync("contoso");
        var (items, _, _) = await sandbox.GetAllAsync(token, "/graph/v1.0/security/alerts_v2?$top=2000");
        var truth = await sandbox.GroundTruthAsync("contoso");
        Assert.Equal(truth["alerts"]!.GetValue<long>(), items.Count);
        Assert.Contains(items, a => a["serviceSource"]!.GetValue<string>() == "microsoftDefenderForEndpoint");
        Assert.Contains(items, a => a["serviceSource"]!.GetValue<string>() == "microsoftDefenderForIdentity" && a["category"]!.GetValue<string>() == "LateralMovement");
        Assert.Contains(items, a => a["evidence"]!.AsArray().Any(e => e!["@odata.type"]!.GetValue<string>() == "#microsoft.graph.security.deviceEvidence"));
    }

    [Fact]
    public async Task AlertsV2_ByLastUpdate_ReturnsAlertsUpdatedAfterTheWatermark()
    {
        var watermark = sandbox.Clock.GetUtcNow();
        sandbox.Clock.Advance(TimeSpan.FromHours(4));
        var token = await sandbox.TokenAsync("contoso");
        var filter = Uri.EscapeDataString($"lastUpdateDateTime ge {watermark:yyyy-MM-ddTHH:mm:ss.fffZ}");

        var (items, _, _) = await sandbox.GetAllAsync(token, $"/graph/v1.0/security/alerts_v2?$filter={filter}");

        Assert.All(items, a => Assert.True(DateTimeOffset.Parse(a["lastUpdateDateTime"]!.GetValue<string>()) >= watermark));
        // Some alerts created before the watermark were triaged or resolved after it: updates must not be missed.
        Assert.Contains(items, a => DateTimeOffset.Parse(a["createdDateTime"]!.GetValue<string>()) < watermark);
        Assert.Contains(items, a => DateTimeOffset.Parse(a["createdDateTime"]!.GetValue<string>()) >= watermark);
    }

    [Fact]
    public async Task Alerts_NewerServiceSourcesOnlyWithPreferHeader_CategoriesAndEvidenceAsMicrosoftSendsThem()
    {
        var token = await sandbox.TokenAsync("contoso");
        var (plain, _, _) = await sandbox.GetAllAsync(token, "/graph/v1.0/security/alerts_v2?$top=2000");
        // Without Prefer: include-unknown-enum-members, members after unknownFutureValue arrive as unknownFutureValue.
        Assert.Contains(plain, a => a["serviceSource"]!.GetValue<string>() == "unknownFutureValue");
        Assert.DoesNotContain(plain, a => a["serviceSource"]!.GetValue<string>() is "microsoftDefenderForCloud" or "microsoftSentinel");
        Assert.Contains(plain, a => a["serviceSource"]!.GetValue<string>() == "dataLossPrevention");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/graph/v1.0/security/alerts_v2?$top=2000");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        request.Headers.TryAddWithoutValidation("Prefer", "include-unknown-enum-members");
        var preferred = (await (await sandbox.Http.SendAsync(request)).Content.ReadFromJsonAsync<JsonObject>())!["value"]!.AsArray();
        Assert.Contains(preferred, a => a!["serviceSource"]!.GetValue<string>() == "microsoftDefenderForCloud");
        Assert.DoesNotContain(preferred, a => a!["serviceSource"]!.GetValue<string>() == "unknownFutureValue");

        // categories beside the deprecated category, some alerts with the old field only, some with two categories.
        Assert.Contains(plain, a => a["categories"] is null && a["category"] is not null);
        Assert.Contains(plain, a => a["categories"]?.AsArray().Count == 2);
        // User evidence as Microsoft's sample shows it: some accounts have no UPN, some not even an object id.
        var accounts = plain.SelectMany(a => a["evidence"]!.AsArray()).Where(e => e!["@odata.type"]!.GetValue<string>().EndsWith("userEvidence", StringComparison.Ordinal))
            .Select(e => e!["userAccount"]!).ToList();
        Assert.Contains(accounts, u => u["userPrincipalName"] is null && u["azureAdUserId"] is not null);
        Assert.Contains(accounts, u => u["userPrincipalName"] is null && u["azureAdUserId"] is null && u["accountName"] is not null);
    }
}
