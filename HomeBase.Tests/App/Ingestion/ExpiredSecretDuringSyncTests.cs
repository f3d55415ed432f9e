using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Webhooks;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>A secret that expires between verification and a sync (AADSTS7000222) blocks the integration with the fix and says so.</summary>
[Trait("Category", "App")]
public sealed class ExpiredSecretDuringSyncTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>
{
    private IngestionApp App => fixture.App;

    [Fact]
    public async Task SecretExpiredAtEntra_BlocksTheIntegrationAndRecordsTheEvents()
    {
        // A secret of its own, so the other tests' contoso secret stays valid.
        var added = await App.SandboxControlAsync(HttpMethod.Post, "/tenants/contoso/secrets", new { value = "Exp8Q~contoso.expires-during-sync", expiresInDays = 30 });
        var keyId = (await added.Content.ReadFromJsonAsync<JsonObject>())!["key_id"]!.GetValue<string>();
        var tenant = await App.CreateTenantAsync();
        var integration = await App.ConnectAsync(tenant, RequestBodies.Contoso with { Secret = "Exp8Q~contoso.expires-during-sync" });
        (await App.SandboxControlAsync(HttpMethod.Post, $"/tenants/contoso/secrets/{keyId}/expire")).EnsureSuccessStatusCode();

        var result = await App.Runner.RunAsync(integration, StreamCatalog.Users);
        // Another stream meets the same refusal: the integration was announced expired once, not once per stream.
        await App.Runner.RunAsync(integration, StreamCatalog.Groups);

        Assert.Equal(StreamStates.Blocked, result!.State);
        Assert.Equal("blocked", await App.QueryAsync(db => db.Integrations.Where(i => i.Id == integration).Select(i => i.Status).SingleAsync()));
        var events = await App.QueryAsync(db => db.WebhookEvents.Where(e => e.TenantId == tenant.Id).Select(e => e.Type).ToListAsync());
        Assert.Single(events, e => e == WebhookEventTypes.CredentialExpired);
        Assert.Contains(WebhookEventTypes.HealthChanged, events);
        var health = await App.QueryAsync(db => db.StreamHealth.SingleAsync(h => h.IntegrationId == integration && h.Stream == StreamCatalog.Users));
        Assert.Contains("AADSTS7000222", health.BlockedReason);
    }
}
