using System.Net;
using System.Text.Json.Nodes;
using HomeBase.Core.Tenants;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Platform.Persistence;

[Trait("Category", "App")]
public sealed class StartupTests(HomeBaseAppFixture fixture) : IClassFixture<HomeBaseAppFixture>
{
    [Fact]
    public async Task FirstStart_CreatesTheDatabaseAndOneDefaultTenant()
    {
        // The embedded default is a file in the data directory; a server database is migrated in place.
        if (TestDatabase.IsPostgreSql) Assert.Empty(await fixture.App.QueryAsync(db => db.Database.GetPendingMigrationsAsync()));
        else Assert.True(File.Exists(fixture.App.DatabaseFile));
        var defaults = await fixture.App.QueryAsync(db => db.Tenants.Where(t => t.Name == TenantService.DefaultTenantName).ToListAsync());
        Assert.Single(defaults);
        Assert.StartsWith("ten_", defaults[0].Id);
    }

    [Fact]
    public async Task Healthz_AnswersWhileTheProcessIsUp()
    {
        using var client = fixture.App.CreateApiClient();
        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Readyz_ChecksTheDatabaseAndItsMigrations()
    {
        using var client = fixture.App.CreateApiClient();
        var response = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var database = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["checks"]!["database"]!;
        Assert.Equal("healthy", database["status"]!.GetValue<string>());
        Assert.Contains("migrations applied", database["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheIntegrationEndpointsWithExamples()
    {
        using var client = fixture.App.CreateApiClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;

        var integrations = document["paths"]!["/v1/integrations"]!;
        var create = integrations["post"]!;
        Assert.Equal("CreateIntegration", create["operationId"]!.GetValue<string>());
        var example = create["requestBody"]!["content"]!["application/json"]!["example"]!;
        Assert.Equal("azure", example["type"]!.GetValue<string>());
        Assert.NotNull(create["responses"]!["201"]!["content"]!["application/json"]!["example"]);
        Assert.NotNull(integrations["get"]);
        var single = document["paths"]!["/v1/integrations/{id}"]!;
        Assert.NotNull(single["get"]);
        Assert.NotNull(single["patch"]);
        Assert.NotNull(single["delete"]);
        var schema = document["components"]!["schemas"]!["CreateIntegrationRequest"]!["properties"]!;
        Assert.NotNull(schema["tenant_id"]);
    }
}
