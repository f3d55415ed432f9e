using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HomeBase.Core.Auditing;
using HomeBase.Core.Integrations.Credentials;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Core.Webhooks;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HomeBase.Tests.App.Webhooks;

/// <summary>
/// Webhook endpoints through the API, and events delivered to a real receiver on loopback: signed, retried on failure,
/// and the credential warnings at 30, 7 and 1 days sent exactly once per secret.
/// </summary>
[Trait("Category", "App")]
public sealed class WebhookTests(HomeBaseAppFixture fixture) : IClassFixture<HomeBaseAppFixture>
{
    private HomeBaseApp App => fixture.App;

    [Fact]
    public async Task Endpoints_CreateShowsTheSecretOnceListPatchRollDelete()
    {
        var tenant = await App.CreateTenantAsync();
        using var client = App.CreateApiClient(tenant.ApiKey);

        var created = await client.PostAsync("/v1/webhook_endpoints", new JsonObject
        {
            ["url"] = "https://hooks.contoso.example/homebase?token=receiver-s3cr3t",
            ["enabled_events"] = new JsonArray("integration.credential_expiring", "integration.health_changed"),
        }.Json());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var endpoint = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = endpoint["id"]!.GetValue<string>();
        Assert.StartsWith("whsec_", endpoint["secret"]!.GetValue<string>());

        var listed = (await client.GetFromJsonAsync<JsonObject>("/v1/webhook_endpoints"))!;
        Assert.Single(listed["data"]!.AsArray());
        Assert.Null(listed["data"]![0]!["secret"]);

        var patched = await client.PatchAsync($"/v1/webhook_endpoints/{id}", new JsonObject { ["enabled"] = false }.Json());
        Assert.False((await patched.Content.ReadFromJsonAsync<JsonObject>())!["enabled"]!.GetValue<bool>());

        var rolled = (await (await client.PostAsync($"/v1/webhook_endpoints/{id}/roll_secret", null)).Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.NotEqual(endpoint["secret"]!.GetValue<string>(), rolled["secret"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/v1/webhook_endpoints/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/v1/webhook_endpoints/{id}")).StatusCode);
        var audited = await App.QueryAsync(db => db.AuditEntries.Where(a => a.TargetId == id).ToListAsync());
        Assert.Equal(["webhook_endpoint.created", "webhook_endpoint.deleted", "webhook_endpoint.secret_rolled", "webhook_endpoint.updated"],
            audited.Select(a => a.Action).Order());
        // The receiver's token in the query string is the receiver's secret: the audit log shows where, not with what.
        Assert.All(audited, a => Assert.DoesNotContain("receiver-s3cr3t", a.Details ?? ""));
        Assert.Equal("https://hooks.contoso.example/homebase?…",
            JsonNode.Parse(audited.Single(a => a.Action == "webhook_endpoint.created").Details!)!["url"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{\"url\":\"http://hooks.contoso.example/x\",\"enabled_events\":[\"integration.health_changed\"]}", "url", "https")]
    [InlineData("{\"url\":\"not a url\",\"enabled_events\":[\"integration.health_changed\"]}", "url", "absolute")]
    [InlineData("{\"url\":\"https://hooks.contoso.example/x\",\"enabled_events\":[\"integration.exploded\"]}", "enabled_events", "Unknown event")]
    [InlineData("{\"url\":\"https://hooks.contoso.example/x\",\"enabled_events\":[]}", "enabled_events", "at least one")]
    [InlineData("{\"url\":\"https://10.0.0.5/x\",\"enabled_events\":[\"integration.health_changed\"]}", "url", "private or link-local")]
    [InlineData("{\"url\":\"https://169.254.169.254/latest/meta-data\",\"enabled_events\":[\"integration.health_changed\"]}", "url", "private or link-local")]
    public async Task Endpoints_BadInputNamesTheField(string json, string field, string words)
    {
        var tenant = await App.CreateTenantAsync();
        using var client = App.CreateApiClient(tenant.ApiKey);
        var response = await client.PostAsync("/v1/webhook_endpoints", RequestBodies.Json(json));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(words, (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]![field]![0]!.GetValue<string>());
        Assert.Equal(0, await App.QueryAsync(db => db.WebhookEndpoints.CountAsync(e => e.TenantId == tenant.Id)));
    }

    [Fact]
    public async Task Rotation_IsDeliveredSignedAndRetriedUntilTheReceiverAccepts()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var tenant = await App.CreateTenantAsync();
        using var client = App.CreateApiClient(tenant.ApiKey);
        var secret = await CreateEndpointAsync(client, receiver.Url, "integration.credential_rotated");
        var integrationId = await CreateContosoAsync(client, tenant.Id);
        (await App.SandboxControlAsync(HttpMethod.Post, "/tenants/contoso/secrets", new { value = "Whk8Q~contoso.rotated-for-webhooks", expiresInDays = 600 })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/v1/integrations/{integrationId}/credentials",
            new JsonObject { ["client_secret"] = "Whk8Q~contoso.rotated-for-webhooks" }.Json())).StatusCode);

        // The receiver is down for the first attempt: the delivery waits for its retry.
        receiver.AnswerNext(503);
        var dispatcher = App.Services.GetRequiredService<WebhookDispatcher>();
        await dispatcher.DeliverDueAsync();
        var delivery = await App.QueryAsync(db => db.WebhookDeliveries.SingleAsync(d => d.TenantId == tenant.Id));
        Assert.Equal((DeliveryStatuses.Pending, 1, 503), (delivery.Status, delivery.Attempts, delivery.LastStatusCode!.Value));
        Assert.True(delivery.NextAttemptAt > DateTime.UtcNow.AddSeconds(20));

        await App.QueryAsync(db => db.WebhookDeliveries.Where(d => d.Id == delivery.Id).ExecuteUpdateAsync(u => u.SetProperty(d => d.NextAttemptAt, DateTime.UtcNow)));
        await dispatcher.DeliverDueAsync();
        Assert.Equal(DeliveryStatuses.Succeeded, (await App.QueryAsync(db => db.WebhookDeliveries.SingleAsync(d => d.Id == delivery.Id))).Status);

        Assert.Equal(2, receiver.Received.Count);
        var (body, signature) = receiver.Received.Last();
        Assert.True(WebhookSignature.Verify(secret, signature!, body));
        Assert.False(WebhookSignature.Verify(secret + "x", signature!, body));
        var envelope = JsonNode.Parse(body)!;
        Assert.StartsWith("evt_", envelope["id"]!.GetValue<string>());
        Assert.Equal("integration.credential_rotated", envelope["type"]!.GetValue<string>());
        Assert.Equal(tenant.Id, envelope["tenant_id"]!.GetValue<string>());
        Assert.Equal(integrationId, envelope["data"]!["integration_id"]!.GetValue<string>());
        Assert.InRange(envelope["data"]!["days_remaining"]!.GetValue<int>(), 598, 600);
        Assert.DoesNotContain("rotated-for-webhooks", body);
    }

    [Fact]
    public async Task ExpiryWarnings_GoOutAt30_7And1DaysOnceEachThenExpiredBlocksTheIntegration()
    {
        var tenant = await App.CreateTenantAsync();
        using var client = App.CreateApiClient(tenant.ApiKey);
        await CreateEndpointAsync(client, "https://hooks.contoso.example/x", [.. WebhookEventTypes.All]);
        var integrationId = await CreateContosoAsync(client, tenant.Id);
        // A whole second: the expiry is stored to the microsecond, and the day boundaries below must fall exactly.
        var clock = new FakeTimeProvider(IngestionApp.WholeSecondNow());
        var expiresAt = clock.GetUtcNow().UtcDateTime.AddDays(40);
        await App.QueryAsync(db => db.Integrations.Where(i => i.Id == integrationId).ExecuteUpdateAsync(u => u.SetProperty(i => i.ClientSecretExpiresAt, expiresAt)));
        var watcher = new CredentialExpiryWatcher(App.Services.GetRequiredService<IDbContextFactory<HomeBaseDbContext>>(),
            new WebhookOutbox(clock), new ExpiredSecrets(new WebhookOutbox(clock), App.Services.GetRequiredService<AuditTrail>()), Options.Create(new WebhookOptions()), clock,
            NullLogger<CredentialExpiryWatcher>.Instance);

        async Task<List<(string Type, int? Days)>> EventsAfter(TimeSpan advance)
        {
            clock.Advance(advance);
            await watcher.CheckAsync();
            await watcher.CheckAsync(); // twice: nothing is sent twice
            var events = await App.QueryAsync(db => db.WebhookEvents.Where(e => e.TenantId == tenant.Id).OrderBy(e => e.Id).ToListAsync());
            return [.. events.Select(e => (e.Type, JsonNode.Parse(e.DataJson)!["days_remaining"]?.GetValue<int>()))];
        }

        Assert.Empty(await EventsAfter(TimeSpan.FromDays(5)));                 // 35 days left
        Assert.Equal([("integration.credential_expiring", 29)], await EventsAfter(TimeSpan.FromDays(6)));
        Assert.Equal(2, (await EventsAfter(TimeSpan.FromDays(23))).Count);     // 6 days left: the 7-day warning
        Assert.Equal(3, (await EventsAfter(TimeSpan.FromDays(5.5))).Count);    // half a day left: the 1-day warning
        var all = await EventsAfter(TimeSpan.FromDays(1));
        Assert.Equal(["integration.credential_expired", "integration.credential_expiring", "integration.credential_expiring",
            "integration.credential_expiring", "integration.health_changed"], all.Select(e => e.Type).Order());
        Assert.Equal("blocked", await App.QueryAsync(db => db.Integrations.Where(i => i.Id == integrationId).Select(i => i.Status).SingleAsync()));
        // Every event has a delivery waiting for the endpoint.
        Assert.Equal(5, await App.QueryAsync(db => db.WebhookDeliveries.CountAsync(d => d.TenantId == tenant.Id)));
    }

    [Fact]
    public async Task AReceiverThatWasDown_GetsEveryEventInOrderOnceBack_EvenAfterARestart()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var tenant = await App.CreateTenantAsync();
        using var client = App.CreateApiClient(tenant.ApiKey);
        var secret = await CreateEndpointAsync(client, receiver.Url, WebhookEventTypes.HealthChanged);
        var outbox = App.Services.GetRequiredService<WebhookOutbox>();
        foreach (var step in new[] { "first", "second", "third" })
        {
            await App.QueryAsync(async db =>
            {
                await outbox.RecordAsync(db, tenant.Id, WebhookEventTypes.HealthChanged, new { step });
                return await db.SaveChangesAsync();
            });
        }

        receiver.AnswerNext(503);
        await App.Services.GetRequiredService<WebhookDispatcher>().DeliverDueAsync();
        // The first failed and waits for its retry; the two behind it wait too, so that order holds.
        Assert.Single(receiver.Received);
        Assert.Equal(3, await App.QueryAsync(db => db.WebhookDeliveries.CountAsync(d => d.TenantId == tenant.Id && d.Status == DeliveryStatuses.Pending)));

        // A "restart": a new dispatcher over the same database finds everything still owed.
        await App.QueryAsync(db => db.WebhookDeliveries.Where(d => d.TenantId == tenant.Id).ExecuteUpdateAsync(u => u.SetProperty(d => d.NextAttemptAt, DateTime.UtcNow)));
        var restarted = ActivatorUtilities.CreateInstance<WebhookDispatcher>(App.Services);
        await restarted.DeliverDueAsync();

        var steps = receiver.Received.Skip(1).Select(r => JsonNode.Parse(r.Body)!["data"]!["step"]!.GetValue<string>()).ToList();
        Assert.Equal(["first", "second", "third"], steps);
        Assert.All(receiver.Received, r => Assert.True(WebhookSignature.Verify(secret, r.Signature!, r.Body)));
        Assert.Equal(3, await App.QueryAsync(db => db.WebhookDeliveries.CountAsync(d => d.TenantId == tenant.Id && d.Status == DeliveryStatuses.Succeeded)));
    }

    [Fact]
    public async Task ExpiryWarnings_SurviveARestartAndStopAfterARotation()
    {
        var tenant = await App.CreateTenantAsync();
        using var client = App.CreateApiClient(tenant.ApiKey);
        await CreateEndpointAsync(client, "https://hooks.contoso.example/x", WebhookEventTypes.CredentialExpiring);
        var integrationId = await CreateContosoAsync(client, tenant.Id);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await App.QueryAsync(db => db.Integrations.Where(i => i.Id == integrationId)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.ClientSecretExpiresAt, clock.GetUtcNow().UtcDateTime.AddDays(20))));
        CredentialExpiryWatcher NewWatcher() => new(App.Services.GetRequiredService<IDbContextFactory<HomeBaseDbContext>>(), new WebhookOutbox(clock),
            new ExpiredSecrets(new WebhookOutbox(clock), App.Services.GetRequiredService<AuditTrail>()), Options.Create(new WebhookOptions()), clock,
            NullLogger<CredentialExpiryWatcher>.Instance);
        Task<int> Expiring() => App.QueryAsync(db => db.WebhookEvents.CountAsync(e => e.TenantId == tenant.Id && e.Type == WebhookEventTypes.CredentialExpiring));

        await NewWatcher().CheckAsync();
        Assert.Equal(1, await Expiring());
        // The app restarts: the new watcher knows the 30-day warning went out already.
        await NewWatcher().CheckAsync();
        Assert.Equal(1, await Expiring());

        // Rotated to a secret valid two years: no 7- or 1-day warning for the old one ever comes.
        await App.QueryAsync(db => db.Integrations.Where(i => i.Id == integrationId)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.ClientSecretExpiresAt, clock.GetUtcNow().UtcDateTime.AddDays(730))));
        foreach (var day in Enumerable.Range(0, 25))
        {
            clock.Advance(TimeSpan.FromDays(1));
            await NewWatcher().CheckAsync();
        }
        Assert.Equal(1, await Expiring());
    }

    [Fact]
    public async Task TestEventAndResend_ReachTheReceiverSigned()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var tenant = await App.CreateTenantAsync();
        using var client = App.CreateApiClient(tenant.ApiKey);
        var secret = await CreateEndpointAsync(client, receiver.Url, WebhookEventTypes.HealthChanged);
        var endpointId = (await App.QueryAsync(db => db.WebhookEndpoints.SingleAsync(e => e.TenantId == tenant.Id))).Id;

        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync($"/v1/webhook_endpoints/{endpointId}/test", null)).StatusCode);
        await App.Services.GetRequiredService<WebhookDispatcher>().DeliverDueAsync();
        var deliveries = (await client.GetFromJsonAsync<JsonArray>($"/v1/webhook_endpoints/{endpointId}/deliveries"))!;
        var first = deliveries.Single()!;
        Assert.Equal(("webhook_endpoint.test", "succeeded", 200), (first["event_type"]!.GetValue<string>(), first["status"]!.GetValue<string>(), first["last_status_code"]!.GetValue<int>()));
        Assert.NotNull(first["last_duration_ms"]);

        var resent = await client.PostAsync($"/v1/webhook_endpoints/{endpointId}/deliveries/{first["id"]!.GetValue<string>()}/resend", null);
        Assert.Equal(HttpStatusCode.Accepted, resent.StatusCode);
        await App.Services.GetRequiredService<WebhookDispatcher>().DeliverDueAsync();

        var received = receiver.Received.ToList();
        Assert.Equal(2, received.Count);
        Assert.All(received, r => Assert.True(WebhookSignature.Verify(secret, r.Signature!, r.Body)));
        Assert.Equal(JsonNode.Parse(received[0].Body)!["id"]!.GetValue<string>(), JsonNode.Parse(received[1].Body)!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnEndpointFailingForDays_IsTurnedOffWithTheReason()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var tenant = await App.CreateTenantAsync();
        using var client = App.CreateApiClient(tenant.ApiKey);
        await CreateEndpointAsync(client, receiver.Url, WebhookEventTypes.HealthChanged);
        var endpointId = (await App.QueryAsync(db => db.WebhookEndpoints.SingleAsync(e => e.TenantId == tenant.Id))).Id;
        await client.PostAsync($"/v1/webhook_endpoints/{endpointId}/test", null);
        // Three days of retries already spent: this is the last attempt.
        await App.QueryAsync(db => db.WebhookDeliveries.Where(d => d.EndpointId == endpointId)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.Attempts, WebhookDispatcher.Backoff.Length)));
        receiver.AnswerNext(500);

        await App.Services.GetRequiredService<WebhookDispatcher>().DeliverDueAsync();

        var endpoint = (await client.GetFromJsonAsync<JsonObject>($"/v1/webhook_endpoints/{endpointId}"))!;
        Assert.False(endpoint["enabled"]!.GetValue<bool>());
        Assert.Contains("failed for three days", endpoint["disabled_reason"]!.GetValue<string>());
        Assert.Contains("webhook_endpoint.disabled", await App.QueryAsync(db => db.AuditEntries.Where(a => a.TargetId == endpointId).Select(a => a.Action).ToListAsync()));

        // Turned back on by a person, the reason goes.
        var enabled = await client.PatchAsync($"/v1/webhook_endpoints/{endpointId}", new JsonObject { ["enabled"] = true }.Json());
        Assert.Null((await enabled.Content.ReadFromJsonAsync<JsonObject>())!["disabled_reason"]);
    }

    [Fact]
    public async Task ATurnedOffEndpoint_ReceivesNothing_TestsAndResendsIncluded()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var tenant = await App.CreateTenantAsync();
        using var client = App.CreateApiClient(tenant.ApiKey);
        await CreateEndpointAsync(client, receiver.Url, WebhookEventTypes.HealthChanged);
        var endpointId = (await App.QueryAsync(db => db.WebhookEndpoints.SingleAsync(e => e.TenantId == tenant.Id))).Id;
        var dispatcher = App.Services.GetRequiredService<WebhookDispatcher>();
        await client.PostAsync($"/v1/webhook_endpoints/{endpointId}/test", null);
        await dispatcher.DeliverDueAsync();
        Assert.Single(receiver.Received);
        var sent = (await App.QueryAsync(db => db.WebhookDeliveries.SingleAsync(d => d.EndpointId == endpointId))).Id;

        // Waiting when the endpoint is turned off: closed with the reason, not sent.
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync($"/v1/webhook_endpoints/{endpointId}/test", null)).StatusCode);
        var off = await client.PatchAsync($"/v1/webhook_endpoints/{endpointId}", new JsonObject { ["enabled"] = false }.Json());
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        var waiting = await App.QueryAsync(db => db.WebhookDeliveries.AsNoTracking().SingleAsync(d => d.EndpointId == endpointId && d.Id != sent));
        Assert.Equal((DeliveryStatuses.Failed, "Not sent: the endpoint was turned off."), (waiting.Status, waiting.LastError));

        // A test or a resend is refused with the reason, and nothing is queued.
        foreach (var path in new[] { $"/v1/webhook_endpoints/{endpointId}/test", $"/v1/webhook_endpoints/{endpointId}/deliveries/{sent}/resend" })
        {
            var refused = await client.PostAsync(path, null);
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains("turned off", (await refused.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>());
        }
        Assert.Equal(2, await App.QueryAsync(db => db.WebhookDeliveries.CountAsync(d => d.EndpointId == endpointId)));

        // A delivery queued just before the switch (the race the dispatcher must close) is not sent either.
        await App.QueryAsync(db => db.WebhookDeliveries.Where(d => d.Id == waiting.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, DeliveryStatuses.Pending).SetProperty(d => d.NextAttemptAt, DateTime.UtcNow.AddMinutes(-1))));
        await dispatcher.DeliverDueAsync();
        Assert.Single(receiver.Received);
        Assert.Equal(DeliveryStatuses.Failed, (await App.QueryAsync(db => db.WebhookDeliveries.AsNoTracking().SingleAsync(d => d.Id == waiting.Id))).Status);

        // On again, a resend goes out.
        await client.PatchAsync($"/v1/webhook_endpoints/{endpointId}", new JsonObject { ["enabled"] = true }.Json());
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync($"/v1/webhook_endpoints/{endpointId}/deliveries/{waiting.Id}/resend", null)).StatusCode);
        await dispatcher.DeliverDueAsync();
        Assert.Equal(2, receiver.Received.Count);
    }

    [Fact]
    public async Task AReceiverAnsweringWithAHugeBody_IsReadOnlyUpToTheLimit()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var tenant = await App.CreateTenantAsync();
        using var client = App.CreateApiClient(tenant.ApiKey);
        await CreateEndpointAsync(client, receiver.Url, WebhookEventTypes.HealthChanged);
        var endpointId = (await App.QueryAsync(db => db.WebhookEndpoints.SingleAsync(e => e.TenantId == tenant.Id))).Id;
        const long offered = 512L * 1024 * 1024;
        receiver.AnswerNextWithBody(200, offered);

        await client.PostAsync($"/v1/webhook_endpoints/{endpointId}/test", null);
        await App.Services.GetRequiredService<WebhookDispatcher>().DeliverDueAsync();

        var delivery = await App.QueryAsync(db => db.WebhookDeliveries.AsNoTracking().SingleAsync(d => d.EndpointId == endpointId));
        Assert.Equal((DeliveryStatuses.Succeeded, 200), (delivery.Status, delivery.LastStatusCode));
        // The dispatcher hung up after its 8 KiB: what the receiver got out is that and the sockets' buffers, not half a gigabyte.
        var written = await receiver.BodyWrittenAsync();
        Assert.True(written < 64L * 1024 * 1024, $"The receiver wrote {written:N0} of {offered:N0} bytes: the dispatcher read the body.");
    }

    [Fact]
    public async Task RollingTheSecret_SignsWithBothForADay_ThenWithTheNewOneOnly()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var tenant = await App.CreateTenantAsync();
        using var client = App.CreateApiClient(tenant.ApiKey);
        var before = await CreateEndpointAsync(client, receiver.Url, WebhookEventTypes.HealthChanged);
        var endpointId = (await App.QueryAsync(db => db.WebhookEndpoints.SingleAsync(e => e.TenantId == tenant.Id))).Id;
        var dispatcher = App.Services.GetRequiredService<WebhookDispatcher>();

        var rolled = await client.PostAsync($"/v1/webhook_endpoints/{endpointId}/roll_secret", null);
        var after = (await rolled.Content.ReadFromJsonAsync<JsonObject>())!["secret"]!.GetValue<string>();
        await client.PostAsync($"/v1/webhook_endpoints/{endpointId}/test", null);
        await dispatcher.DeliverDueAsync();

        // A receiver on either secret accepts it: the header has one v1 per secret, the new one first.
        var (body, signature) = receiver.Received.Single();
        Assert.Equal(2, signature!.Split(',').Count(p => p.StartsWith("v1=", StringComparison.Ordinal)));
        Assert.True(WebhookSignature.Verify(after, signature, body));
        Assert.True(WebhookSignature.Verify(before, signature, body));
        Assert.False(WebhookSignature.Verify(before + "x", signature, body));
        var stored = await App.QueryAsync(db => db.WebhookEndpoints.AsNoTracking().SingleAsync(e => e.Id == endpointId));
        Assert.InRange(stored.PreviousSecretExpiresAt!.Value, DateTime.UtcNow.AddHours(23.9), DateTime.UtcNow.AddHours(24));
        Assert.DoesNotContain(before, stored.PreviousProtectedSecret!);

        // A day later only the new secret signs.
        await App.QueryAsync(db => db.WebhookEndpoints.Where(e => e.Id == endpointId)
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.PreviousSecretExpiresAt, DateTime.UtcNow.AddSeconds(-1))));
        await client.PostAsync($"/v1/webhook_endpoints/{endpointId}/test", null);
        await dispatcher.DeliverDueAsync();
        var (laterBody, laterSignature) = receiver.Received.Last();
        Assert.Single(laterSignature!.Split(','), p => p.StartsWith("v1=", StringComparison.Ordinal));
        Assert.True(WebhookSignature.Verify(after, laterSignature, laterBody));
        Assert.False(WebhookSignature.Verify(before, laterSignature, laterBody));
    }

    private static async Task<string> CreateEndpointAsync(HttpClient client, string url, params string[] events)
    {
        var created = await client.PostAsync("/v1/webhook_endpoints", new JsonObject
        {
            ["url"] = url,
            ["enabled_events"] = new JsonArray([.. events.Select(e => JsonValue.Create(e))]),
        }.Json());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonObject>())!["secret"]!.GetValue<string>();
    }

    private static async Task<string> CreateContosoAsync(HttpClient client, string tenantId)
    {
        var created = await client.PostAsync("/v1/integrations", RequestBodies.Seed(tenantId).Json());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }
}
