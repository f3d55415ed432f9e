using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Integrations;

/// <summary>Create, list, read, update and delete over real HTTP, as a script with an API key would.</summary>
[Trait("Category", "App")]
public sealed class IntegrationsCrudTests(HomeBaseAppFixture fixture) : IClassFixture<HomeBaseAppFixture>
{
    private HomeBaseApp App => fixture.App;

    [Fact]
    public async Task Create_SeedBody_Returns201WithTheIntegrationAndNoSecret()
    {
        var tenant = await fixture.TenantAsync();
        using var client = App.CreateApiClient(tenant.ApiKey);

        var response = await client.PostAsync("/v1/integrations", RequestBodies.Seed(tenant.Id).Json());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var id = body["id"]!.GetValue<string>();
        Assert.Matches("^int_[0-9a-hjkmnp-tv-z]{26}$", id);
        Assert.Equal($"/v1/integrations/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("connected", body["status"]!.GetValue<string>());
        // Unnamed, it is called what the directory calls itself (Graph's /organization), not by its tenant id.
        Assert.Equal("Contoso", body["name"]!.GetValue<string>());
        Assert.Equal(tenant.Id, body["tenant_id"]!.GetValue<string>());
        Assert.Equal("sandbox", body["cloud"]!.GetValue<string>());
        Assert.NotNull(body["verified_at"]);
        Assert.All(body["verification"]!["streams"]!.AsArray(), s => Assert.Equal("ready", s!["status"]!.GetValue<string>()));
        Assert.Equal(RequestBodies.Secret[..3], body["credentials"]!["client_secret_hint"]!.GetValue<string>());
        Assert.Equal("graph", body["credentials"]!["client_secret_expiry_source"]!.GetValue<string>());
        Assert.False(body["credentials"]!.AsObject().ContainsKey("client_secret"));
        Assert.True(body["config"]!["ingest_defender"]!.GetValue<bool>());
        // The seed body has no Defender for Cloud toggle, yet its document lists Defender for Cloud among the five sources.
        Assert.True(body["config"]!["ingest_defender_for_cloud"]!.GetValue<bool>());
        Assert.Contains(body["verification"]!["streams"]!.AsArray(), s => s!["stream"]!.GetValue<string>() == "secure_score" && s["enabled"]!.GetValue<bool>());
        Assert.Equal(7, body["config"]!["backfill_days"]!.GetValue<int>());
        Assert.EndsWith("Z", body["created_at"]!.GetValue<string>());
    }

    [Fact]
    public async Task OpenApi_SaysDefenderForCloudIsOnWhenLeftOut()
    {
        using var client = App.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;

        var config = document["components"]!["schemas"]!["ConfigInput"]!["properties"]!["ingest_defender_for_cloud"]!;
        Assert.True(config["default"]!.GetValue<bool>());
        Assert.Contains("seed body ingests all five sources", config["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_UnnamedWithoutConsent_IsNamedByItsTenantId()
    {
        // Fabrikam's admin has not consented yet: no token role may read the directory's name.
        var tenant = await fixture.TenantAsync();
        using var client = App.CreateApiClient(tenant.ApiKey);

        var response = await client.PostAsync("/v1/integrations", RequestBodies.Seed(tenant.Id, app: RequestBodies.Fabrikam).Json());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal($"Azure {RequestBodies.Fabrikam.AzureTenantId}", body["name"]!.GetValue<string>());
        Assert.Equal("degraded", body["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_WithOptionalFields_KeepsThem()
    {
        var tenant = await fixture.TenantAsync();
        using var client = App.CreateApiClient(tenant.ApiKey);
        var subscription = "11111111-2222-4333-8444-555555555555";
        var body = RequestBodies.Seed(tenant.Id).With(b =>
        {
            b["name"] = "Contoso production";
            b["credentials"]!["client_secret_expires_at"] = "2028-11-27T00:00:00+01:00";
            b["config"]!["ingest_defender_for_cloud"] = true;
            b["config"]!["subscription_ids"] = new JsonArray(subscription, subscription.ToUpperInvariant());
            b["config"]!["backfill_days"] = 30;
        });

        var created = JsonNode.Parse(await (await client.PostAsync("/v1/integrations", body.Json())).Content.ReadAsStringAsync())!;

        Assert.Equal("Contoso production", created["name"]!.GetValue<string>());
        // The admin's date is replaced by the real one, read from the app registration.
        var expires = DateTimeOffset.Parse(created["credentials"]!["client_secret_expires_at"]!.GetValue<string>());
        Assert.NotEqual(DateTimeOffset.Parse("2028-11-26T23:00:00Z"), expires);
        Assert.Equal("graph", created["credentials"]!["client_secret_expiry_source"]!.GetValue<string>());
        Assert.Equal([subscription], created["config"]!["subscription_ids"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(30, created["config"]!["backfill_days"]!.GetValue<int>());
    }

    [Fact]
    public async Task Get_OwnIntegration_ReturnsItAndAnotherTenantGets404()
    {
        var tenant = await fixture.TenantAsync();
        var other = await fixture.TenantAsync();
        var id = await CreateAsync(tenant);
        using var client = App.CreateApiClient(tenant.ApiKey);
        using var otherClient = App.CreateApiClient(other.ApiKey);

        var own = await client.GetFromJsonAsync<JsonObject>($"/v1/integrations/{id}");
        Assert.Equal(id, own!["id"]!.GetValue<string>());

        await (await otherClient.GetAsync($"/v1/integrations/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await otherClient.PatchAsync($"/v1/integrations/{id}", new JsonObject { ["name"] = "stolen" }.Json()))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await otherClient.DeleteAsync($"/v1/integrations/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        var list = await otherClient.GetFromJsonAsync<JsonObject>("/v1/integrations");
        Assert.Empty(list!["data"]!.AsArray());

        Assert.NotEqual("stolen", (await client.GetFromJsonAsync<JsonObject>($"/v1/integrations/{id}"))!["name"]!.GetValue<string>());
        Assert.Equal(1, await App.QueryAsync(db => db.Integrations.CountAsync(i => i.Id == id && i.DeletedAt == null)));
    }

    [Fact]
    public async Task List_PagesWithLimitAndStartingAfter()
    {
        var tenant = await fixture.TenantAsync();
        var ids = new List<string>();
        foreach (var app in new[] { RequestBodies.Contoso, RequestBodies.Fabrikam, RequestBodies.Northwind }) ids.Add(await CreateAsync(tenant, app));
        using var client = App.CreateApiClient(tenant.ApiKey);

        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var url = "/v1/integrations?limit=1" + (after is null ? string.Empty : $"&starting_after={after}");
            var page = (await client.GetFromJsonAsync<JsonObject>(url))!;
            Assert.Equal("list", page["object"]!.GetValue<string>());
            seen.AddRange(page["data"]!.AsArray().Select(d => d!["id"]!.GetValue<string>()));
            after = page["has_more"]!.GetValue<bool>() ? page["next_starting_after"]!.GetValue<string>() : null;
            pages++;
        }
        while (after is not null);

        Assert.Equal(3, pages);
        Assert.Equal(ids, seen);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("starting_after=nope", "starting_after")]
    public async Task List_BadPaging_Returns400(string query, string field)
    {
        var tenant = await fixture.TenantAsync();
        using var client = App.CreateApiClient(tenant.ApiKey);
        await (await client.GetAsync($"/v1/integrations?{query}")).ShouldBeValidationProblemAsync(field);
    }

    [Fact]
    public async Task List_LimitThatIsNotANumber_Returns400NotA500()
    {
        var tenant = await fixture.TenantAsync();
        using var client = App.CreateApiClient(tenant.ApiKey);
        var response = await client.GetAsync("/v1/integrations?limit=ten");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Patch_NameAndOneToggle_ChangesOnlyThose()
    {
        var tenant = await fixture.TenantAsync();
        var id = await CreateAsync(tenant);
        using var client = App.CreateApiClient(tenant.ApiKey);

        var response = await client.PatchAsync($"/v1/integrations/{id}",
            new JsonObject { ["name"] = "Contoso (EU)", ["config"] = new JsonObject { ["ingest_activity_logs"] = false } }.Json());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = (await client.GetFromJsonAsync<JsonObject>($"/v1/integrations/{id}"))!;
        Assert.Equal("Contoso (EU)", updated["name"]!.GetValue<string>());
        Assert.False(updated["config"]!["ingest_activity_logs"]!.GetValue<bool>());
        Assert.True(updated["config"]!["ingest_entra_id"]!.GetValue<bool>());
        Assert.True(updated["config"]!["ingest_defender"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Patch_TurningEverythingOff_IsRefusedAndNothingChanges()
    {
        var tenant = await fixture.TenantAsync();
        var id = await CreateAsync(tenant);
        using var client = App.CreateApiClient(tenant.ApiKey);
        var off = new JsonObject
        {
            ["config"] = new JsonObject { ["ingest_entra_id"] = false, ["ingest_defender"] = false, ["ingest_activity_logs"] = false, ["ingest_defender_for_cloud"] = false },
        };

        await (await client.PatchAsync($"/v1/integrations/{id}", off.Json())).ShouldBeValidationProblemAsync("config");

        var unchanged = (await client.GetFromJsonAsync<JsonObject>($"/v1/integrations/{id}"))!;
        Assert.True(unchanged["config"]!["ingest_entra_id"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Create_WithADefenderRegion_KeepsIt_AndAnUnknownRegionOrACloudWithoutRegionsIsRefused()
    {
        var tenant = await fixture.TenantAsync();
        using var client = App.CreateApiClient(tenant.ApiKey);

        var unknown = RequestBodies.Seed(tenant.Id).With(b => b["config"]!["defender_region"] = "mars");
        await (await client.PostAsync("/v1/integrations", unknown.Json())).ShouldBeValidationProblemAsync("config.defender_region");
        // US Government has no regional hosts: the region is refused with the reason, nothing is saved.
        var gov = RequestBodies.Seed(tenant.Id).With(b => { b["cloud"] = "usgov"; b["config"]!["defender_region"] = "eu"; });
        var refused = await client.PostAsync("/v1/integrations", gov.Json());
        await refused.ShouldBeValidationProblemAsync("config.defender_region");
        Assert.Equal(0, await App.QueryAsync(db => db.Integrations.CountAsync(i => i.TenantId == tenant.Id)));

        var regional = RequestBodies.Seed(tenant.Id).With(b => b["config"]!["defender_region"] = "swa");
        var created = await client.PostAsync("/v1/integrations", regional.Json());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        Assert.Equal("swa", body["config"]!["defender_region"]!.GetValue<string>());
        // Verified on the regional host with the same token: every Defender stream is ready.
        Assert.All(body["verification"]!["streams"]!.AsArray(), s => Assert.Equal("ready", s!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Patch_DefenderRegion_SetsAndClearsIt_AndRefusesAnUnknownOne()
    {
        var tenant = await fixture.TenantAsync();
        var id = await CreateAsync(tenant);
        using var client = App.CreateApiClient(tenant.ApiKey);
        JsonObject Region(string value) => new() { ["config"] = new JsonObject { ["defender_region"] = value } };

        await (await client.PatchAsync($"/v1/integrations/{id}", Region("moon").Json())).ShouldBeValidationProblemAsync("config.defender_region");
        Assert.Null((await client.GetFromJsonAsync<JsonObject>($"/v1/integrations/{id}"))!["config"]!["defender_region"]);

        Assert.Equal(HttpStatusCode.OK, (await client.PatchAsync($"/v1/integrations/{id}", Region("uk").Json())).StatusCode);
        Assert.Equal("uk", (await client.GetFromJsonAsync<JsonObject>($"/v1/integrations/{id}"))!["config"]!["defender_region"]!.GetValue<string>());
        // A patch that does not name the region keeps it.
        await client.PatchAsync($"/v1/integrations/{id}", new JsonObject { ["name"] = "Contoso UK" }.Json());
        Assert.Equal("uk", (await client.GetFromJsonAsync<JsonObject>($"/v1/integrations/{id}"))!["config"]!["defender_region"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, (await client.PatchAsync($"/v1/integrations/{id}", Region("").Json())).StatusCode);
        Assert.Null((await client.GetFromJsonAsync<JsonObject>($"/v1/integrations/{id}"))!["config"]!["defender_region"]);
    }

    [Fact]
    public async Task Patch_Credentials_IsRefusedAsAnUnknownField()
    {
        var tenant = await fixture.TenantAsync();
        var id = await CreateAsync(tenant);
        using var client = App.CreateApiClient(tenant.ApiKey);
        var body = new JsonObject { ["credentials"] = new JsonObject { ["client_secret"] = "x" } };
        await (await client.PatchAsync($"/v1/integrations/{id}", body.Json())).ShouldBeValidationProblemAsync("credentials");
    }

    [Fact]
    public async Task Delete_DestroysTheSecretHidesTheIntegrationAndAllowsReconnecting()
    {
        var tenant = await fixture.TenantAsync();
        var id = await CreateAsync(tenant);
        using var client = App.CreateApiClient(tenant.ApiKey);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/v1/integrations/{id}")).StatusCode);

        await (await client.GetAsync($"/v1/integrations/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await client.DeleteAsync($"/v1/integrations/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        var row = await App.QueryAsync(db => db.Integrations.SingleAsync(i => i.Id == id));
        Assert.Null(row.ProtectedClientSecret);
        Assert.Equal("deleted", row.Status);
        Assert.NotNull(row.DeletedAt);

        var again = await client.PostAsync("/v1/integrations", RequestBodies.Seed(tenant.Id).Json());
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
    }

    [Fact]
    public async Task Create_SameIdempotencyKeyAndBody_ReturnsTheSameIntegrationOnce()
    {
        var tenant = await fixture.TenantAsync();
        using var client = App.CreateApiClient(tenant.ApiKey);
        client.DefaultRequestHeaders.Add("Idempotency-Key", "7a1c0c8e-retry-1");

        var first = await client.PostAsync("/v1/integrations", RequestBodies.Seed(tenant.Id).Json());
        // The same request, formatted differently, is the same request.
        var second = await client.PostAsync("/v1/integrations", RequestBodies.Json(RequestBodies.Seed(tenant.Id).ToJsonString(new() { WriteIndented = true })));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.True(second.Headers.Contains("Idempotent-Replayed"));
        var a = JsonNode.Parse(await first.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
        var b = JsonNode.Parse(await second.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
        Assert.Equal(a, b);
        Assert.Equal(1, await App.QueryAsync(db => db.Integrations.CountAsync(i => i.TenantId == tenant.Id)));
    }

    [Fact]
    public async Task Create_IdempotencyRecord_KeepsNothingDerivedFromTheSecret()
    {
        var tenant = await fixture.TenantAsync();
        using var client = App.CreateApiClient(tenant.ApiKey);
        client.DefaultRequestHeaders.Add("Idempotency-Key", "secret-free-hash");
        var first = await client.PostAsync("/v1/integrations", RequestBodies.Seed(tenant.Id).Json());
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var stored = await App.QueryAsync(db => db.IdempotencyRecords.SingleAsync(r => r.TenantId == tenant.Id && r.Key == "secret-free-hash"));

        // The same body with any other secret hashes the same: the secret is not part of what is stored.
        var otherSecret = await client.PostAsync("/v1/integrations", RequestBodies.Seed(tenant.Id, secret: "Zz9Q~an-entirely-different-secret-000000").Json());

        Assert.Equal(HttpStatusCode.Created, otherSecret.StatusCode);
        Assert.True(otherSecret.Headers.Contains("Idempotent-Replayed"));
        var withAnySecret = System.Text.Json.JsonSerializer.Deserialize<HomeBase.Core.Integrations.CreateIntegrationRequest>(
            RequestBodies.Seed(tenant.Id, secret: "any").ToJsonString(), HomeBase.Web.Platform.Api.ApiJson.Options)!;
        Assert.Equal(stored.RequestHash, HomeBase.Web.Integrations.IntegrationsApi.HashOf(tenant.Id, withAnySecret));
        // Keyed per tenant: the same body in another tenant leaves an unrelated hash.
        Assert.NotEqual(stored.RequestHash, HomeBase.Web.Integrations.IntegrationsApi.HashOf("ten_another", withAnySecret));
    }

    [Fact]
    public async Task Create_ConcurrentRetriesWithOneIdempotencyKey_CreateOneIntegration()
    {
        var tenant = await fixture.TenantAsync();
        var attempts = Enumerable.Range(0, 6).Select(async _ =>
        {
            using var client = App.CreateApiClient(tenant.ApiKey);
            client.DefaultRequestHeaders.Add("Idempotency-Key", "burst");
            var response = await client.PostAsync("/v1/integrations", RequestBodies.Seed(tenant.Id).Json());
            var text = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, Id: JsonNode.Parse(text)!["id"]?.GetValue<string>(), Body: text);
        });

        var results = await Task.WhenAll(attempts);

        Assert.All(results, r => Assert.True(r.StatusCode == HttpStatusCode.Created, $"{(int)r.StatusCode}: {r.Body}"));
        Assert.Single(results.Select(r => r.Id).Distinct());
        Assert.Equal(1, await App.QueryAsync(db => db.Integrations.CountAsync(i => i.TenantId == tenant.Id)));
    }

    [Fact]
    public async Task Create_SameIdempotencyKeyWithAnotherBody_Returns422()
    {
        var tenant = await fixture.TenantAsync();
        using var client = App.CreateApiClient(tenant.ApiKey);
        client.DefaultRequestHeaders.Add("Idempotency-Key", "once");
        await client.PostAsync("/v1/integrations", RequestBodies.Seed(tenant.Id).Json());

        var other = RequestBodies.Seed(tenant.Id, "99999999-9999-4999-8999-999999999999");
        await (await client.PostAsync("/v1/integrations", other.Json()))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "idempotency_key_reused");
        Assert.Equal(1, await App.QueryAsync(db => db.Integrations.CountAsync(i => i.TenantId == tenant.Id)));
    }

    [Fact]
    public async Task Create_IdempotencyKeysAreScopedToTheTenant()
    {
        var a = await fixture.TenantAsync();
        var b = await fixture.TenantAsync();
        foreach (var tenant in new[] { a, b })
        {
            using var client = App.CreateApiClient(tenant.ApiKey);
            client.DefaultRequestHeaders.Add("Idempotency-Key", "shared-key");
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/v1/integrations", RequestBodies.Seed(tenant.Id).Json())).StatusCode);
        }
        Assert.Equal(1, await App.QueryAsync(db => db.Integrations.CountAsync(i => i.TenantId == b.Id)));
    }

    private async Task<string> CreateAsync(TestTenant tenant, SandboxApp? app = null)
    {
        using var client = App.CreateApiClient(tenant.ApiKey);
        var response = await client.PostAsync("/v1/integrations", RequestBodies.Seed(tenant.Id, app: app).Json());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
    }
}
