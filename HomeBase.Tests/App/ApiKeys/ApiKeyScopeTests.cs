using System.Net;
using System.Text.Json.Nodes;
using HomeBase.Core.Access;
using HomeBase.Core.ApiKeys;
using HomeBase.Core.Platform.Common;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.App.ApiKeys;

/// <summary>Keys do only what their scopes allow, expire, depend on the owner who made them, and say why when refused.</summary>
[Trait("Category", "App")]
public sealed class ApiKeyScopeTests(HomeBaseAppFixture fixture) : IClassFixture<HomeBaseAppFixture>
{
    private HomeBaseApp App => fixture.App;

    private ApiKeyService Keys => App.Services.GetRequiredService<ApiKeyService>();

    [Fact]
    public async Task ReadOnlyKey_Reads_AndIsRefusedEveryChangeNamingTheMissingScope()
    {
        var tenant = await fixture.TenantAsync();
        using var client = App.CreateApiClient(await KeyAsync(tenant.Id, ApiKeyScopes.IntegrationsRead));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/integrations")).StatusCode);

        var create = await client.PostAsync("/v1/integrations", RequestBodies.Seed(tenant.Id).Json());
        var body = JsonNode.Parse(await create.Content.ReadAsStringAsync())!;
        var problem = await create.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "missing_scope");
        Assert.Contains("integrations:write", problem.Detail);
        Assert.Equal("integrations:write", body["missing_scope"]!.GetValue<string>());
        Assert.Equal(0, await App.QueryAsync(db => db.Integrations.CountAsync(i => i.TenantId == tenant.Id)));

        var webhook = await client.PostAsync("/v1/webhook_endpoints", RequestBodies.Json("""{"url":"https://hooks.example.test/x","events":["*"]}"""));
        Assert.Contains("webhooks:write", (await webhook.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "missing_scope")).Detail);
        Assert.Contains("webhooks:read", (await (await client.GetAsync("/v1/webhook_endpoints")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "missing_scope")).Detail);
    }

    [Fact]
    public async Task Rotation_NeedsTheCredentialsRotateScope_NotJustWrite()
    {
        var tenant = await fixture.TenantAsync();
        using var writer = App.CreateApiClient(await KeyAsync(tenant.Id, ApiKeyScopes.IntegrationsWrite));
        var created = await writer.PostAsync("/v1/integrations", RequestBodies.Seed(tenant.Id).Json());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
        var secret = await App.QueryAsync(db => db.Integrations.Where(i => i.Id == id).Select(i => i.ProtectedClientSecret).SingleAsync());

        var rotate = await writer.PostAsync($"/v1/integrations/{id}/credentials",
            RequestBodies.Json($$"""{"client_secret":"{{RequestBodies.Secret}}"}"""));

        Assert.Contains("credentials:rotate", (await rotate.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "missing_scope")).Detail);
        Assert.Equal(secret, await App.QueryAsync(db => db.Integrations.Where(i => i.Id == id).Select(i => i.ProtectedClientSecret).SingleAsync()));
    }

    [Fact]
    public async Task ExpiredKey_IsRefusedSayingWhen()
    {
        var tenant = await fixture.TenantAsync();
        var key = (await Keys.CreateAsync(tenant.Id, new NewApiKey("short-lived", [ApiKeyScopes.IntegrationsRead], DateTime.UtcNow.AddDays(1)),
            Actor.CommandLine, createdByUserId: null)).Value!;
        using var client = App.CreateApiClient(key.Secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/integrations")).StatusCode);

        await App.QueryAsync(db => db.ApiKeys.Where(k => k.Id == key.Key.Id).ExecuteUpdateAsync(k => k.SetProperty(x => x.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));

        var refused = await (await client.GetAsync("/v1/integrations")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Contains("expired", refused.Detail);
        Assert.Equal(ApiKeyState.Expired, (await Keys.ListAsync(tenant.Id)).Single(k => k.Key.Id == key.Key.Id).State);
    }

    [Fact]
    public async Task KeyOfADemotedOwner_IsSuspendedUntilAnotherOwnerTakesItOver()
    {
        var tenant = await fixture.TenantAsync();
        var ada = await TestMembers.AddAsync(App.Services, tenant.Id, Roles.Owner);
        var bob = await TestMembers.AddAsync(App.Services, tenant.Id, Roles.Owner, name: "Bob Owner");
        var key = (await Keys.CreateAsync(bob, new NewApiKey("bobs-script", [ApiKeyScopes.IntegrationsRead]))).Value!;
        using var client = App.CreateApiClient(key.Secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/integrations")).StatusCode);
        Assert.Equal("Bob Owner", (await Keys.ListAsync(tenant.Id)).Single(k => k.Key.Id == key.Key.Id).CreatorName);

        using (var scope = App.Services.CreateScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<MemberService>().ChangeRoleAsync(ada, bob.UserId, Roles.Admin)).Succeeded);
        }

        var refused = await (await client.GetAsync("/v1/integrations")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Contains("suspended", refused.Detail);
        Assert.Equal(ApiKeyState.Suspended, (await Keys.ListAsync(tenant.Id)).Single(k => k.Key.Id == key.Key.Id).State);
        // Bob, an admin now, cannot take his key back; Ada can.
        Assert.Equal(403, (await Keys.TakeOverAsync(bob, key.Key.Id)).Failure!.Status);
        Assert.True((await Keys.TakeOverAsync(ada, key.Key.Id)).Succeeded);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/integrations")).StatusCode);
        Assert.Equal(ada.UserId, await App.QueryAsync(db => db.ApiKeys.Where(k => k.Id == key.Key.Id).Select(k => k.CreatedByUserId).SingleAsync()));
        Assert.Contains("api_key.taken_over", await App.QueryAsync(db => db.AuditEntries.Where(a => a.TenantId == tenant.Id).Select(a => a.Action).ToListAsync()));
        Assert.Equal("not_suspended", (await Keys.TakeOverAsync(ada, key.Key.Id)).Failure!.Code);
    }

    [Fact]
    public async Task NewKeys_NeedKnownScopesAndAnExpiryAhead()
    {
        var tenant = await fixture.TenantAsync();
        var owner = await TestMembers.AddAsync(App.Services, tenant.Id, Roles.Owner);

        Assert.Contains("scopes", (await Keys.CreateAsync(owner, new NewApiKey("none", []))).Failure!.Errors!.Keys);
        Assert.Contains("Unknown scope integrations:admin", (await Keys.CreateAsync(owner, new NewApiKey("typo", ["integrations:admin"]))).Failure!.Errors!["scopes"][0]);
        Assert.Contains("expires_at", (await Keys.CreateAsync(owner, new NewApiKey("past", [ApiKeyScopes.IntegrationsRead], DateTime.UtcNow.AddDays(-1)))).Failure!.Errors!.Keys);
        Assert.Contains("expires_at", (await Keys.CreateAsync(owner, new NewApiKey("far", [ApiKeyScopes.IntegrationsRead], DateTime.UtcNow.AddYears(5)))).Failure!.Errors!.Keys);
        Assert.Equal(0, await App.QueryAsync(db => db.ApiKeys.CountAsync(k => k.TenantId == tenant.Id && k.CreatedByUserId == owner.UserId)));
    }

    [Fact]
    public async Task OpenApiDocument_SaysWhichScopeEachOperationNeeds()
    {
        using var client = App.CreateApiClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;

        Assert.Contains("`integrations:write` scope", document["paths"]!["/v1/integrations"]!["post"]!["description"]!.GetValue<string>());
        Assert.Contains("`credentials:rotate` scope", document["paths"]!["/v1/integrations/{id}/credentials"]!["post"]!["description"]!.GetValue<string>());
        Assert.Contains("`webhooks:read` scope", document["paths"]!["/v1/webhook_endpoints"]!["get"]!["description"]!.GetValue<string>());
    }

    private async Task<string> KeyAsync(string tenantId, params string[] scopes) =>
        (await Keys.CreateAsync(tenantId, new NewApiKey("scoped", scopes), Actor.CommandLine, createdByUserId: null)).Value!.Secret;
}
