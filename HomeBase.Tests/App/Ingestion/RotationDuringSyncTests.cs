using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>
/// Rotating a secret while a sync runs: the run finishes with the token it has, with exact counts, and the next run
/// asks Entra for tokens with the new secret only (the sandbox counts tokens per secret).
/// </summary>
[Trait("Category", "App")]
public sealed class RotationDuringSyncTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>, IAsyncLifetime
{
    private IngestionApp App => fixture.App;

    [Fact]
    public async Task Rotation_MidSync_TheRunCompletesAndTheNextUsesTheNewSecret()
    {
        var oldKey = await AddSecretAsync("Old8Q~contoso.before-rotation");
        var newKey = await AddSecretAsync("New8Q~contoso.after-rotation");
        var tenant = await App.CreateTenantAsync();
        var integration = await App.ConnectAsync(tenant, RequestBodies.Contoso with { Secret = "Old8Q~contoso.before-rotation" });

        // Sign-in pages come slowly, so the rotation lands while the run is reading them.
        (await App.SandboxControlAsync(HttpMethod.Post, "/faults", new { kind = "slow", tenant = "contoso", path = "auditLogs/signIns", count = 6, delayMs = 400 }))
            .EnsureSuccessStatusCode();
        var running = App.Runner.RunAsync(integration, StreamCatalog.SignIns);
        await Task.Delay(300);
        Assert.False(running.IsCompleted, "The sync should still be running when the secret is rotated.");

        using var client = App.CreateApiClient(tenant.ApiKey);
        var rotated = await client.PostAsync($"/v1/integrations/{integration}/credentials", new JsonObject { ["client_secret"] = "New8Q~contoso.after-rotation" }.Json());
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);

        var result = await running;
        Assert.Equal(StreamStates.Healthy, result!.State);
        var truth = await App.GroundTruthAsync("contoso", App.BackfillStart);
        Assert.Equal(truth[StreamCatalog.SignIns], await App.StoredAsync(integration, StreamCatalog.SignIns));

        var oldTokensBefore = await TokensAsync(oldKey);
        var newTokensBefore = await TokensAsync(newKey);
        Assert.Equal(StreamStates.Healthy, (await App.Runner.RunAsync(integration, StreamCatalog.Users))!.State);
        Assert.Equal(oldTokensBefore, await TokensAsync(oldKey));
        Assert.True(await TokensAsync(newKey) > newTokensBefore, "The next run should have asked for a token with the new secret.");
    }

    private async Task<string> AddSecretAsync(string value)
    {
        var added = await App.SandboxControlAsync(HttpMethod.Post, "/tenants/contoso/secrets", new { value, expiresInDays = 400 });
        return (await added.Content.ReadFromJsonAsync<JsonObject>())!["key_id"]!.GetValue<string>();
    }

    private async Task<int> TokensAsync(string keyId)
    {
        var usage = (await (await App.SandboxControlAsync(HttpMethod.Get, "/tenants/contoso/secrets/usage")).Content.ReadFromJsonAsync<JsonArray>())!;
        return usage.Single(u => u!["key_id"]!.GetValue<string>() == keyId)!["tokens_issued"]!.GetValue<int>();
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await App.SandboxControlAsync(HttpMethod.Delete, "/faults");
}
