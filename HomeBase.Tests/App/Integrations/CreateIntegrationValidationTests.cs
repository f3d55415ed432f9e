using System.Net;
using System.Text.Json.Nodes;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Integrations;

/// <summary>Every kind of bad input to POST /v1/integrations gets a precise problem, and nothing is saved.</summary>
[Trait("Category", "App")]
public sealed class CreateIntegrationValidationTests(HomeBaseAppFixture fixture) : IClassFixture<HomeBaseAppFixture>
{
    private HomeBaseApp App => fixture.App;

    [Fact]
    public async Task Create_MalformedJson_Returns400MalformedJson()
    {
        var tenant = await fixture.TenantAsync();
        var response = await PostRawAsync(tenant, """{"type":"azure", "tenant_id": """);
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "malformed_json");
        Assert.Contains("line 1", problem.Detail);
        await AssertNothingSavedAsync(tenant);
    }

    [Fact]
    public async Task Create_UnpairedSurrogateInAString_Returns400NotA500()
    {
        var tenant = await fixture.TenantAsync();
        var raw = RequestBodies.Seed(tenant.Id).ToJsonString().Replace("\"type\":\"azure\"", "\"type\":\"azure\",\"name\":\"\\ud800\"");
        var response = await PostRawAsync(tenant, raw);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await AssertNothingSavedAsync(tenant);
    }

    [Fact]
    public async Task Create_ExpiryWithoutAnOffset_IsRefusedRatherThanReadInTheServersZone()
    {
        var tenant = await fixture.TenantAsync();
        var body = RequestBodies.Seed(tenant.Id).With(b => b["credentials"]!["client_secret_expires_at"] = "2028-11-27T00:00:00");
        var errors = await (await PostAsync(tenant, body)).ShouldBeValidationProblemAsync("credentials.client_secret_expires_at");
        Assert.Contains("offset", errors["credentials.client_secret_expires_at"][0]);
    }

    [Fact]
    public async Task Create_BodyIsAnArray_Returns400()
    {
        var tenant = await fixture.TenantAsync();
        var errors = await (await PostRawAsync(tenant, "[]")).ShouldBeValidationProblemAsync("$");
        Assert.Contains("JSON object", errors["$"][0]);
    }

    [Fact]
    public async Task Create_WrongJsonTypes_ReportsEachFieldByPath()
    {
        var tenant = await fixture.TenantAsync();
        var body = RequestBodies.Seed(tenant.Id).With(b =>
        {
            b["credentials"]!["client_id"] = 123;
            b["config"]!["ingest_entra_id"] = "yes";
            b["config"]!["backfill_days"] = 7.5;
            b["config"]!["subscription_ids"] = "all";
            b["name"] = new JsonArray();
        });
        var errors = await (await PostAsync(tenant, body)).ShouldBeValidationProblemAsync(
            "credentials.client_id", "config.ingest_entra_id", "config.backfill_days", "config.subscription_ids", "name");
        Assert.Equal("Must be a string.", errors["credentials.client_id"][0]);
        Assert.Equal("Must be true or false.", errors["config.ingest_entra_id"][0]);
        Assert.Equal("Must be a whole number.", errors["config.backfill_days"][0]);
        await AssertNothingSavedAsync(tenant);
    }

    [Theory]
    [InlineData("type")]
    [InlineData("tenant_id")]
    [InlineData("credentials")]
    [InlineData("config")]
    [InlineData("credentials.azure_tenant_id")]
    [InlineData("credentials.client_id")]
    [InlineData("credentials.client_secret")]
    [InlineData("config.ingest_entra_id")]
    [InlineData("config.ingest_defender")]
    [InlineData("config.ingest_activity_logs")]
    public async Task Create_MissingField_NamesTheField(string field)
    {
        var tenant = await fixture.TenantAsync();
        var body = RequestBodies.Seed(tenant.Id).With(b =>
        {
            var parts = field.Split('.');
            var parent = parts.Length == 1 ? b : b[parts[0]]!.AsObject();
            parent.Remove(parts[^1]);
        });
        var errors = await (await PostAsync(tenant, body)).ShouldBeValidationProblemAsync(field);
        Assert.StartsWith("Required", errors[field][0]);
        await AssertNothingSavedAsync(tenant);
    }

    [Fact]
    public async Task Create_UnknownType_ListsSupportedTypes()
    {
        var tenant = await fixture.TenantAsync();
        var body = RequestBodies.Seed(tenant.Id).With(b => b["type"] = "aws");
        var errors = await (await PostAsync(tenant, body)).ShouldBeValidationProblemAsync("type");
        Assert.Equal("Unsupported integration type 'aws'. Supported types: azure.", errors["type"][0]);
    }

    [Theory]
    [InlineData("azure_tenant_id", "contoso.onmicrosoft.com", "Directory (tenant) ID")]
    [InlineData("azure_tenant_id", "72f988bf86f141af91ab2d7cd011db47", "Directory (tenant) ID")]
    [InlineData("client_id", "not-a-guid", "Application (client) ID")]
    [InlineData("client_id", "{0f3d2c1b-5a6e-4f70-8a9b-1c2d3e4f5a6b}", "Application (client) ID")]
    public async Task Create_IdThatIsNotAGuid_SaysWhichPortalFieldToCopy(string field, string value, string portalName)
    {
        var tenant = await fixture.TenantAsync();
        var body = RequestBodies.Seed(tenant.Id).With(b => b["credentials"]![field] = value);
        var errors = await (await PostAsync(tenant, body)).ShouldBeValidationProblemAsync($"credentials.{field}");
        Assert.Contains(portalName, errors[$"credentials.{field}"][0]);
        await AssertNothingSavedAsync(tenant);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public async Task Create_EmptyOrWhitespaceSecret_Returns400(string secret)
    {
        var tenant = await fixture.TenantAsync();
        var body = RequestBodies.Seed(tenant.Id).With(b => b["credentials"]!["client_secret"] = secret);
        var errors = await (await PostAsync(tenant, body)).ShouldBeValidationProblemAsync("credentials.client_secret");
        Assert.StartsWith("Required", errors["credentials.client_secret"][0]);
        await AssertNothingSavedAsync(tenant);
    }

    [Theory]
    [InlineData("5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a")]
    [InlineData(" 5D4C3B2A-1F0E-4D9C-8B7A-6F5E4D3C2B1A ")]
    public async Task Create_SecretThatIsAGuid_SaysTheSecretIdWasPasted(string secret)
    {
        var tenant = await fixture.TenantAsync();
        var body = RequestBodies.Seed(tenant.Id).With(b => b["credentials"]!["client_secret"] = secret);
        var errors = await (await PostAsync(tenant, body)).ShouldBeValidationProblemAsync("credentials.client_secret");
        Assert.Contains("secret's ID, not its value", errors["credentials.client_secret"][0]);
        await AssertNothingSavedAsync(tenant);
    }

    [Fact]
    public async Task Create_UnknownField_IsRefusedByPath()
    {
        var tenant = await fixture.TenantAsync();
        var body = RequestBodies.Seed(tenant.Id).With(b => b["config"]!["ingest_defnder"] = true);
        var errors = await (await PostAsync(tenant, body)).ShouldBeValidationProblemAsync("config.ingest_defnder");
        Assert.Contains("Unknown field", errors["config.ingest_defnder"][0]);
        Assert.Contains("ingest_defender", errors["config.ingest_defnder"][0]);
    }

    [Fact]
    public async Task Create_RepeatedField_IsRefused()
    {
        var tenant = await fixture.TenantAsync();
        var raw = RequestBodies.Seed(tenant.Id).ToJsonString().Replace("\"type\":\"azure\"", "\"type\":\"azure\",\"type\":\"azure\"");
        await (await PostRawAsync(tenant, raw)).ShouldBeValidationProblemAsync("type");
    }

    [Fact]
    public async Task Create_NoStreamEnabled_AsksForAtLeastOne()
    {
        // The three seed toggles off leave Defender for Cloud, on unless turned off: all four off is nothing to ingest.
        var tenant = await fixture.TenantAsync();
        var body = RequestBodies.Seed(tenant.Id).With(b => b["config"] = new JsonObject
        {
            ["ingest_entra_id"] = false, ["ingest_defender"] = false, ["ingest_activity_logs"] = false, ["ingest_defender_for_cloud"] = false,
        });
        var errors = await (await PostAsync(tenant, body)).ShouldBeValidationProblemAsync("config");
        Assert.Contains("at least one", errors["config"][0]);
    }

    [Theory]
    [InlineData("cloud", "azure-germany", "cloud")]
    [InlineData("backfill_days", 0, "config.backfill_days")]
    [InlineData("backfill_days", 31, "config.backfill_days")]
    [InlineData("client_secret_expires_at", "2020-01-01T00:00:00Z", "credentials.client_secret_expires_at")]
    [InlineData("client_secret_expires_at", "next year", "credentials.client_secret_expires_at")]
    [InlineData("subscription_ids", "x", "config.subscription_ids[0]")]
    public async Task Create_OptionalFieldOutOfRange_NamesTheField(string field, object value, string path)
    {
        var tenant = await fixture.TenantAsync();
        var body = RequestBodies.Seed(tenant.Id).With(b =>
        {
            JsonNode node = value switch { int i => JsonValue.Create(i), _ => JsonValue.Create((string)value) };
            if (field == "subscription_ids") node = new JsonArray(node);
            var parent = path.StartsWith("config") ? b["config"]!.AsObject() : path.StartsWith("credentials") ? b["credentials"]!.AsObject() : b;
            parent[field] = node;
        });
        await (await PostAsync(tenant, body)).ShouldBeValidationProblemAsync(path);
        await AssertNothingSavedAsync(tenant);
    }

    [Fact]
    public async Task Create_AnotherTenantsId_Returns403WithoutRevealingIt()
    {
        var tenant = await fixture.TenantAsync();
        var other = await App.CreateTenantAsync("Other");
        var existing = await PostAsync(tenant, RequestBodies.Seed(other.Id));
        var missing = await PostAsync(tenant, RequestBodies.Seed("ten_01aaaaaaaaaaaaaaaaaaaaaaaa"));

        var a = await existing.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "tenant_forbidden");
        var b = await missing.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "tenant_forbidden");
        // An existing and a made-up tenant get the very same answer.
        Assert.Equal((a.Title, a.Detail), (b.Title, b.Detail));
        Assert.Equal(a.Errors.SelectMany(e => e.Value), b.Errors.SelectMany(e => e.Value));
        Assert.Equal(0, await App.QueryAsync(db => db.Integrations.CountAsync(i => i.TenantId == other.Id)));
        await AssertNothingSavedAsync(tenant);
    }

    [Fact]
    public async Task Create_SameAppRegistrationTwice_Returns409NamingTheExistingIntegration()
    {
        var tenant = await App.CreateTenantAsync();
        var first = await PostAsync(tenant, RequestBodies.Seed(tenant.Id));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var id = JsonNode.Parse(await first.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();

        // The same GUIDs in upper case are the same app registration.
        var second = await PostAsync(tenant, RequestBodies.Seed(tenant.Id, RequestBodies.ClientId.ToUpperInvariant()));
        var problem = await second.ShouldBeProblemAsync(HttpStatusCode.Conflict, "integration_exists");
        Assert.Contains(id, problem.Detail);
        Assert.Equal(1, await App.QueryAsync(db => db.Integrations.CountAsync(i => i.TenantId == tenant.Id)));
    }

    [Fact]
    public async Task Create_OversizedBody_Returns413()
    {
        var tenant = await fixture.TenantAsync();
        var body = RequestBodies.Seed(tenant.Id).With(b => b["name"] = new string('x', 70_000));
        await (await PostAsync(tenant, body)).ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "payload_too_large");

        // Without a Content-Length the limit still holds.
        using var client = App.CreateApiClient(tenant.ApiKey);
        var chunked = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body.ToJsonString())));
        chunked.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/integrations") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        await (await client.SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
        await AssertNothingSavedAsync(tenant);
    }

    [Fact]
    public async Task Create_NotJsonContentType_Returns415()
    {
        var tenant = await fixture.TenantAsync();
        using var client = App.CreateApiClient(tenant.ApiKey);
        var response = await client.PostAsync("/v1/integrations", new StringContent(RequestBodies.Seed(tenant.Id).ToJsonString()));
        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
    }

    private async Task<HttpResponseMessage> PostAsync(TestTenant tenant, JsonNode body)
    {
        using var client = App.CreateApiClient(tenant.ApiKey);
        return await client.PostAsync("/v1/integrations", body.Json());
    }

    private async Task<HttpResponseMessage> PostRawAsync(TestTenant tenant, string raw)
    {
        using var client = App.CreateApiClient(tenant.ApiKey);
        return await client.PostAsync("/v1/integrations", RequestBodies.Json(raw));
    }

    private async Task AssertNothingSavedAsync(TestTenant tenant)
    {
        Assert.Equal(0, await App.QueryAsync(db => db.Integrations.CountAsync(i => i.TenantId == tenant.Id)));
        Assert.Equal(0, await App.QueryAsync(db => db.AuditEntries.CountAsync(a => a.TenantId == tenant.Id && a.Action.StartsWith("integration."))));
    }
}
