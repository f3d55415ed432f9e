using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Integrations;

/// <summary>
/// <c>POST /v1/integrations/{id}/credentials</c>: the new secret is verified against the sandbox before it replaces the
/// old one; a refused rotation leaves everything as it was.
/// </summary>
[Trait("Category", "App")]
public sealed class SecretRotationApiTests(HomeBaseAppFixture fixture) : IClassFixture<HomeBaseAppFixture>
{
    private HomeBaseApp App => fixture.App;

    [Fact]
    public async Task Rotate_WithANewWorkingSecret_SwapsItReadsItsExpiryAndAudits()
    {
        var (client, id) = await ContosoIntegrationAsync();
        var newSecret = await AddSandboxSecretAsync("Rot8Q~contoso.rotated-secret-02", expiresInDays: 720);

        var response = await client.PostAsync($"/v1/integrations/{id}/credentials", new JsonObject { ["client_secret"] = newSecret }.Json());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Rot", body["credentials"]!["client_secret_hint"]!.GetValue<string>());
        Assert.DoesNotContain(newSecret, body.ToJsonString());
        Assert.Equal("graph", body["credentials"]!["client_secret_expiry_source"]!.GetValue<string>());
        var expires = body["credentials"]!["client_secret_expires_at"]!.GetValue<DateTime>();
        Assert.InRange((expires - DateTime.UtcNow).TotalDays, 718, 721);
        Assert.Equal("connected", body["status"]!.GetValue<string>());

        // The stored secret is the new one: verification with it still works.
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/v1/integrations/{id}/verify", null)).StatusCode);
        var audit = await App.QueryAsync(db => db.AuditEntries.Where(a => a.TargetId == id).Select(a => a.Action).ToListAsync());
        Assert.Contains("integration.credentials_rotated", audit);
        Assert.DoesNotContain(newSecret, App.Logs.AllText);
    }

    [Fact]
    public async Task Rotate_WithAWrongSecret_IsRefusedByNameAndChangesNothing()
    {
        var (client, id) = await ContosoIntegrationAsync();
        var before = await App.QueryAsync(db => db.Integrations.AsNoTracking().SingleAsync(i => i.Id == id));

        var response = await client.PostAsync($"/v1/integrations/{id}/credentials", new JsonObject { ["client_secret"] = "Sbx8Q~not-a-secret-of-this-app-000" }.Json());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("credential_invalid_secret", (await response.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.GetValue<string>());
        var after = await App.QueryAsync(db => db.Integrations.AsNoTracking().SingleAsync(i => i.Id == id));
        Assert.Equal(before.ProtectedClientSecret, after.ProtectedClientSecret);
        Assert.Equal(before.UpdatedAt, after.UpdatedAt);
    }

    [Theory]
    [InlineData("{\"client_secret\":\"8d0f2b4e-6a8c-4d1f-8b3e-5f7b9d1a3c4e\"}", "client_secret", "secret's ID")]
    [InlineData("{\"client_secret\":\"\"}", "client_secret", "Required")]
    [InlineData("{\"client_secret\":\"Sbx8Q~x\",\"client_secret_expires_at\":\"2020-01-01T00:00:00Z\"}", "client_secret_expires_at", "in the past")]
    public async Task Rotate_WithBadInput_SaysWhichFieldAndWhy(string json, string field, string words)
    {
        var (client, id) = await ContosoIntegrationAsync();
        var response = await client.PostAsync($"/v1/integrations/{id}/credentials", RequestBodies.Json(json));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Contains(words, problem["errors"]![field]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Rotate_WhenAnEnabledStreamWouldStop_IsRefusedWithTheStream()
    {
        var (client, id) = await ContosoIntegrationAsync();
        var newSecret = await AddSandboxSecretAsync("Rgr8Q~contoso.rotated-secret-03", expiresInDays: 700);
        // Since the last verification somebody removed a permission: the swap would silently lose MFA registration, the
        // users' last sign-ins and directory audits (sign-ins still read with Directory.Read.All, their higher-privileged permission).
        (await App.SandboxControlAsync(HttpMethod.Delete, "/tenants/contoso/permissions/graph/AuditLog.Read.All")).EnsureSuccessStatusCode();
        try
        {
            var response = await client.PostAsync($"/v1/integrations/{id}/credentials", new JsonObject { ["client_secret"] = newSecret }.Json());

            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            Assert.Equal("rotation_would_regress", problem["code"]!.GetValue<string>());
            Assert.Contains("Directory audits", problem["detail"]!.GetValue<string>());
            Assert.Equal(["mfa_registration", "sign_in_activity", "directory_audits"], problem["streams"]!.AsArray().Select(s => s!.GetValue<string>()));
        }
        finally
        {
            (await App.SandboxControlAsync(HttpMethod.Put, "/tenants/contoso/permissions/graph/AuditLog.Read.All", new { consented = true })).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task Rotate_WhileTheIntegrationIsDeleted_LosesTheRaceWith409AndTheDeleteStands()
    {
        var (client, id) = await ContosoIntegrationAsync();
        var newSecret = await AddSandboxSecretAsync("Rcd8Q~contoso.raced-with-delete-03", expiresInDays: 700);
        // Microsoft is slow to answer the new secret's checks: the rotation verifies for seconds.
        await App.SandboxControlAsync(HttpMethod.Post, "/faults", new { kind = "slow", tenant = "contoso", path = "/graph/", delay_ms = 1500 });
        try
        {
            var rotation = client.PostAsync($"/v1/integrations/{id}/credentials", new JsonObject { ["client_secret"] = newSecret }.Json());
            await Task.Delay(500);
            using var other = App.CreateApiClient(client.DefaultRequestHeaders.Authorization!.Parameter);
            Assert.Equal(HttpStatusCode.NoContent, (await other.DeleteAsync($"/v1/integrations/{id}")).StatusCode);

            var response = await rotation;

            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("conflict", (await response.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.GetValue<string>());
            // The delete won: the integration stays deleted with its credentials destroyed, not revived with the new secret.
            var stored = await App.QueryAsync(db => db.Integrations.AsNoTracking().SingleAsync(i => i.Id == id));
            Assert.Equal(("deleted", (string?)null), (stored.Status, stored.ProtectedClientSecret));
            Assert.DoesNotContain("integration.credentials_rotated", await App.QueryAsync(db => db.AuditEntries.Where(a => a.TargetId == id).Select(a => a.Action).ToListAsync()));
        }
        finally
        {
            await App.SandboxControlAsync(HttpMethod.Delete, "/faults");
        }
    }

    private async Task<(HttpClient Client, string Id)> ContosoIntegrationAsync()
    {
        var tenant = await App.CreateTenantAsync();
        var client = App.CreateApiClient(tenant.ApiKey);
        var created = await client.PostAsync("/v1/integrations", RequestBodies.Seed(tenant.Id).Json());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (client, JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<string>());
    }

    private async Task<string> AddSandboxSecretAsync(string value, int expiresInDays)
    {
        var added = await App.SandboxControlAsync(HttpMethod.Post, "/tenants/contoso/secrets", new { value, expiresInDays });
        added.EnsureSuccessStatusCode();
        return value;
    }
}
