using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Webhooks;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.App.Webhooks;

/// <summary>
/// Several dispatchers on one database, as several app instances run them: every delivery is claimed before it is
/// sent, so each reaches its receiver once, in order per endpoint, and one endpoint's trouble holds up no other.
/// </summary>
[Trait("Category", "App")]
public sealed class WebhookDispatchConcurrencyTests(HomeBaseAppFixture fixture) : IClassFixture<HomeBaseAppFixture>
{
    private HomeBaseApp App => fixture.App;

    [Fact]
    public async Task TwoDispatchersAtOnce_SendEveryDeliveryOnceAndInOrderPerEndpoint()
    {
        var receivers = new List<WebhookReceiver>();
        try
        {
            for (var i = 0; i < 3; i++) receivers.Add(await WebhookReceiver.StartAsync());
            var tenant = await App.CreateTenantAsync();
            using var client = App.CreateApiClient(tenant.ApiKey);
            foreach (var receiver in receivers) await CreateEndpointAsync(client, receiver.Url);
            await RecordEventsAsync(tenant.Id, 12);

            // Two instances' dispatchers (each its own claim owner), each polling twice at the same time.
            var first = ActivatorUtilities.CreateInstance<WebhookDispatcher>(App.Services);
            var second = ActivatorUtilities.CreateInstance<WebhookDispatcher>(App.Services);
            for (var pass = 0; pass < 10 && await PendingAsync(tenant.Id) > 0; pass++)
            {
                await Task.WhenAll(first.DeliverDueAsync(), second.DeliverDueAsync(), first.DeliverDueAsync(), second.DeliverDueAsync());
            }

            Assert.Equal(0, await PendingAsync(tenant.Id));
            foreach (var receiver in receivers)
            {
                var steps = receiver.Received.Select(r => JsonNode.Parse(r.Body)!["data"]!["step"]!.GetValue<int>()).ToList();
                Assert.Equal(Enumerable.Range(0, 12), steps);
            }
            var deliveries = await App.QueryAsync(db => db.WebhookDeliveries.Where(d => d.TenantId == tenant.Id).ToListAsync());
            Assert.Equal(36, deliveries.Count);
            Assert.All(deliveries, d => Assert.Equal((DeliveryStatuses.Succeeded, 1, (string?)null), (d.Status, d.Attempts, d.ClaimedBy)));
        }
        finally
        {
            foreach (var receiver in receivers) await receiver.DisposeAsync();
        }
    }

    [Fact]
    public async Task AClaimHeldByADeadInstance_HoldsUpOnlyItsEndpoint_UntilItLapses()
    {
        await using var stuck = await WebhookReceiver.StartAsync();
        await using var healthy = await WebhookReceiver.StartAsync();
        var tenant = await App.CreateTenantAsync();
        using var client = App.CreateApiClient(tenant.ApiKey);
        var stuckId = await CreateEndpointAsync(client, stuck.Url);
        await CreateEndpointAsync(client, healthy.Url);
        await RecordEventsAsync(tenant.Id, 2);
        // An instance claimed the stuck endpoint's first delivery and died before sending it.
        var head = await App.QueryAsync(db => db.WebhookDeliveries.Where(d => d.EndpointId == stuckId).OrderBy(d => d.CreatedAt).ThenBy(d => d.Id).FirstAsync());
        await App.QueryAsync(db => db.WebhookDeliveries.Where(d => d.Id == head.Id).ExecuteUpdateAsync(u => u
            .SetProperty(d => d.ClaimedBy, "dead-host/1/0")
            .SetProperty(d => d.ClaimExpiresAt, DateTime.UtcNow.AddMinutes(1))));

        var dispatcher = App.Services.GetRequiredService<WebhookDispatcher>();
        await dispatcher.DeliverDueAsync();
        Assert.Equal(2, healthy.Received.Count);
        Assert.Empty(stuck.Received); // its head is claimed, and the one behind it keeps its place

        // The dead instance's claim lapses: the deliveries are sent, still in order.
        await App.QueryAsync(db => db.WebhookDeliveries.Where(d => d.Id == head.Id).ExecuteUpdateAsync(u => u.SetProperty(d => d.ClaimExpiresAt, DateTime.UtcNow.AddSeconds(-1))));
        await dispatcher.DeliverDueAsync();
        Assert.Equal([0, 1], stuck.Received.Select(r => JsonNode.Parse(r.Body)!["data"]!["step"]!.GetValue<int>()));
    }

    [Fact]
    public async Task AReasonPhraseLongerThanTheColumn_IsCutWithAMarkerAndRetried()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var tenant = await App.CreateTenantAsync();
        using var client = App.CreateApiClient(tenant.ApiKey);
        var endpointId = await CreateEndpointAsync(client, receiver.Url);
        await RecordEventsAsync(tenant.Id, 1);
        receiver.AnswerNextWithReason(502, new string('x', 5000));

        await App.Services.GetRequiredService<WebhookDispatcher>().DeliverDueAsync();

        var delivery = await App.QueryAsync(db => db.WebhookDeliveries.SingleAsync(d => d.EndpointId == endpointId));
        Assert.Equal((DeliveryStatuses.Pending, 1, 502), (delivery.Status, delivery.Attempts, delivery.LastStatusCode!.Value));
        Assert.Equal(WebhookDelivery.LastErrorMaxLength, delivery.LastError!.Length);
        Assert.StartsWith("The endpoint answered 502 xxx", delivery.LastError);
        Assert.EndsWith(TextColumns.CutMarker, delivery.LastError);
        Assert.Null(delivery.ClaimedBy);
    }

    private async Task RecordEventsAsync(string tenantId, int count)
    {
        var outbox = App.Services.GetRequiredService<WebhookOutbox>();
        for (var step = 0; step < count; step++)
        {
            await App.QueryAsync(async db =>
            {
                await outbox.RecordAsync(db, tenantId, WebhookEventTypes.HealthChanged, new { step });
                return await db.SaveChangesAsync();
            });
        }
    }

    private Task<int> PendingAsync(string tenantId) =>
        App.QueryAsync(db => db.WebhookDeliveries.CountAsync(d => d.TenantId == tenantId && d.Status == DeliveryStatuses.Pending));

    private static async Task<string> CreateEndpointAsync(HttpClient client, string url)
    {
        var created = await client.PostAsync("/v1/webhook_endpoints", new JsonObject
        {
            ["url"] = url,
            ["enabled_events"] = new JsonArray(WebhookEventTypes.HealthChanged),
        }.Json());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }
}
