using System.Text.Json.Nodes;
using HomeBase.Tests.Infrastructure;

namespace HomeBase.Tests.App.Integrations.Verification;

/// <summary>The grid follows config changes made after verification.</summary>
[Trait("Category", "App")]
public sealed class ConfigChangeTests(HomeBaseAppFixture fixture) : IClassFixture<HomeBaseAppFixture>
{
    [Fact]
    public async Task Patch_TurningOnABlockedStream_MakesTheIntegrationDegradedAtOnce()
    {
        var app = fixture.App;
        var tenant = await fixture.TenantAsync();
        using var client = app.CreateApiClient(tenant.ApiKey);
        // fabrikam has no admin consent, but its Azure roles let the Activity Log through.
        var body = RequestBodies.Seed(tenant.Id, app: RequestBodies.Fabrikam).With(b => b["config"] = new JsonObject
        {
            ["ingest_entra_id"] = false, ["ingest_defender"] = false, ["ingest_activity_logs"] = true,
        });
        var created = JsonNode.Parse(await (await client.PostAsync("/v1/integrations", body.Json())).Content.ReadAsStringAsync())!;
        Assert.Equal("connected", created["status"]!.GetValue<string>());

        var patched = JsonNode.Parse(await (await client.PatchAsync($"/v1/integrations/{created["id"]}",
            new JsonObject { ["config"] = new JsonObject { ["ingest_entra_id"] = true } }.Json())).Content.ReadAsStringAsync())!;

        Assert.Equal("degraded", patched["status"]!.GetValue<string>());
        var users = patched["verification"]!["streams"]!.AsArray().Single(s => s!["stream"]!.GetValue<string>() == "users")!;
        Assert.True(users["enabled"]!.GetValue<bool>());
        Assert.Equal("needs_admin_consent", users["status"]!.GetValue<string>());
    }
}
