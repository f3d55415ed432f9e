using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Auditing;

[Trait("Category", "App")]
public sealed class AuditLogTests(HomeBaseAppFixture fixture) : IClassFixture<HomeBaseAppFixture>
{
    [Fact]
    public async Task EveryChange_IsAuditedWithTheApiKeyAndTheCallersAddress()
    {
        var app = fixture.App;
        var tenant = await fixture.TenantAsync();
        using var client = app.CreateApiClient(tenant.ApiKey);

        var created = await (await client.PostAsync("/v1/integrations", RequestBodies.Seed(tenant.Id).Json())).Content.ReadFromJsonAsync<JsonObject>();
        var id = created!["id"]!.GetValue<string>();
        await client.PatchAsync($"/v1/integrations/{id}", new JsonObject { ["name"] = "Renamed" }.Json());
        await client.DeleteAsync($"/v1/integrations/{id}");
        await client.GetAsync($"/v1/integrations"); // reads are not changes

        var entries = await app.QueryAsync(db => db.AuditEntries.Where(a => a.TenantId == tenant.Id && a.TargetId == id).OrderBy(a => a.Id).ToListAsync());

        Assert.Equal(["integration.created", "integration.updated", "integration.deleted"], entries.Select(e => e.Action));
        Assert.All(entries, e =>
        {
            Assert.Equal("api_key", e.ActorType);
            Assert.Equal(tenant.KeyId, e.ActorId);
            Assert.Equal("127.0.0.1", e.IpAddress?.Replace("::ffff:", string.Empty));
            Assert.InRange(e.OccurredAt, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));
        });
        Assert.Contains("Renamed", entries[1].Details);
    }
}
