using HomeBase.Tests.Infrastructure;

namespace HomeBase.Tests.App.Sandbox;

/// <summary>Licence gates of the Defender for Endpoint API.</summary>
[Trait("Category", "App")]
public sealed class SandboxDefenderLicenceTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task VulnerabilityExport_WithDefenderPlan1Only_Is403DisabledFeature()
    {
        await sandbox.ControlAsync(HttpMethod.Put, "/tenants/contoso/licences", new[] { "AAD_PREMIUM", "AAD_PREMIUM_P2", "DEFENDER_ENDPOINT_P1" });
        try
        {
            var token = await sandbox.TokenAsync("contoso", "https://api.securitycenter.microsoft.com/.default");
            var (status, body, _) = await sandbox.GetAsync(token, "/mde/api/machines/SoftwareVulnerabilitiesByMachine");
            Assert.Equal(403, status);
            Assert.Equal("DisabledFeature", body!["error"]!["code"]!.GetValue<string>());
            Assert.Equal(200, (await sandbox.GetAsync(token, "/mde/api/machines?$top=1")).Status);
        }
        finally
        {
            await sandbox.ControlAsync(HttpMethod.Put, "/tenants/contoso/licences", new[] { "AAD_PREMIUM", "AAD_PREMIUM_P2", "WIN_DEF_ATP" });
        }
    }

    [Fact]
    public async Task AlertsV2_WithoutDefenderForEndpoint_HaveNoEndpointAlerts()
    {
        var token = await sandbox.TokenAsync("northwind");
        var (alerts, _, _) = await sandbox.GetAllAsync(token, "/graph/v1.0/security/alerts_v2?$top=2000");
        Assert.NotEmpty(alerts);
        Assert.DoesNotContain(alerts, a => a["serviceSource"]!.GetValue<string>() == "microsoftDefenderForEndpoint");
        Assert.Equal((await sandbox.GroundTruthAsync("northwind"))["alerts"]!.GetValue<long>(), alerts.Count);
    }
}
