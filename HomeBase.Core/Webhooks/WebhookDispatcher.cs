using System.Diagnostics;
using System.Text.Json.Nodes;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Webhooks;

/// <summary>
/// Sends pending deliveries: the envelope <c>{id, type, created_at, tenant_id, data}</c>, signed, to each endpoint;
/// a 2xx answer ends it, anything else is retried with growing gaps for about a day, then marked failed.
/// </summary>
public sealed partial class WebhookDispatcher(
    IDbContextFactory<HomeBaseDbContext> contexts, IHttpClientFactory http, WebhookEndpointService endpoints, IOptions<WebhookOptions> options,
    Auditing.AuditTrail audit, TimeProvider time, ILogger<WebhookDispatcher> logger) : BackgroundService
{
    public const string ClientName = "webhooks";

    /// <summary>The wait before each retry, about three days in all; after the last, the delivery is failed.</summary>
    public static readonly TimeSpan[] Backoff =
    [
        TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromHours(1), TimeSpan.FromHours(3),
        TimeSpan.FromHours(8), TimeSpan.FromHours(12), TimeSpan.FromHours(24), TimeSpan.FromHours(24),
    ];

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicWork.RunAsync(DeliverDueAsync, () => options.Value.PollInterval, time, e => LogDispatchFailed(logger, e), stoppingToken);

    /// <summary>Sends every delivery that is due now; returns how many were attempted.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // In order of creation per endpoint: an endpoint's oldest pending delivery goes first, and while it waits for
        // its retry the later ones wait behind it, so a receiver that was down gets everything, in order, once back.
        var heads = await db.WebhookDeliveries.Where(d => d.Status == DeliveryStatuses.Pending)
            .GroupBy(d => d.EndpointId).Select(g => g.OrderBy(d => d.CreatedAt).ThenBy(d => d.Id).First().Id)
            .ToListAsync(cancellationToken);
        var due = await db.WebhookDeliveries.Where(d => heads.Contains(d.Id) && d.NextAttemptAt <= now).ToListAsync(cancellationToken);
        var attempted = 0;
        while (due.Count > 0 && attempted < 200)
        {
            var next = new List<WebhookDelivery>();
            foreach (var delivery in due)
            {
                var endpoint = await db.WebhookEndpoints.AsNoTracking().SingleAsync(e => e.Id == delivery.EndpointId, cancellationToken);
                var webhookEvent = await db.WebhookEvents.AsNoTracking().SingleAsync(e => e.Id == delivery.EventId, cancellationToken);
                if (await AttemptAsync(delivery, endpoint, webhookEvent, cancellationToken)) await DisableAsync(db, delivery.EndpointId, delivery.LastError, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                attempted++;
                if (delivery.Status != DeliveryStatuses.Pending && await NextForAsync(db, delivery.EndpointId, now, cancellationToken) is { } following)
                {
                    next.Add(following);
                }
            }
            due = next;
        }
        return attempted;
    }

    /// <summary>
    /// An endpoint that failed a delivery for days is turned off, with the reason on the page and in the audit log,
    /// so that a dead receiver does not collect retries forever; its later events wait as failed for a resend.
    /// </summary>
    private async Task DisableAsync(HomeBaseDbContext db, string endpointId, string? lastError, CancellationToken cancellationToken)
    {
        var endpoint = await db.WebhookEndpoints.SingleAsync(e => e.Id == endpointId, cancellationToken);
        endpoint.Enabled = false;
        endpoint.DisabledReason = $"Turned off on {time.GetUtcNow():yyyy-MM-dd}: deliveries failed for three days ({lastError}). Fix the receiver, then enable it and resend.";
        endpoint.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.WebhookDeliveries.Where(d => d.EndpointId == endpointId && d.Status == DeliveryStatuses.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, DeliveryStatuses.Failed).SetProperty(d => d.LastError, "Not sent: the endpoint was turned off."), cancellationToken);
        audit.Record(db, endpoint.TenantId, Actor.System, "webhook_endpoint.disabled", "webhook_endpoint", endpoint.Id, new { reason = endpoint.DisabledReason });
    }

    private static Task<WebhookDelivery?> NextForAsync(HomeBaseDbContext db, string endpointId, DateTime now, CancellationToken cancellationToken) =>
        db.WebhookDeliveries.Where(d => d.EndpointId == endpointId && d.Status == DeliveryStatuses.Pending && d.NextAttemptAt <= now)
            .OrderBy(d => d.CreatedAt).ThenBy(d => d.Id).FirstOrDefaultAsync(cancellationToken);

    public static string Envelope(WebhookEvent webhookEvent) => new JsonObject
    {
        ["id"] = webhookEvent.Id,
        ["type"] = webhookEvent.Type,
        ["created_at"] = webhookEvent.CreatedAt.ToString("yyyy-MM-ddTHH:mm:ss.fffZ"),
        ["tenant_id"] = webhookEvent.TenantId,
        ["data"] = JsonNode.Parse(webhookEvent.DataJson),
    }.ToJsonString();

    /// <summary>Sends one delivery; returns true when it has now failed for good (about three days of retries).</summary>
    private async Task<bool> AttemptAsync(WebhookDelivery delivery, WebhookEndpoint endpoint, WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        var failedForDays = false;
        var now = time.GetUtcNow();
        delivery.Attempts++;
        delivery.LastAttemptAt = now.UtcDateTime;
        var body = Envelope(webhookEvent);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(endpoints.Unprotect(endpoint), now.ToUnixTimeSeconds(), body));
        request.Headers.Add("HomeBase-Event-Id", webhookEvent.Id);
        request.Headers.UserAgent.ParseAdd("HomeBase-Webhooks/1.0");
        var clock = Stopwatch.StartNew();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Value.RequestTimeout);
            using var response = await http.CreateClient(ClientName).SendAsync(request, timeout.Token);
            delivery.LastStatusCode = (int)response.StatusCode;
            delivery.LastError = response.IsSuccessStatusCode ? null : $"The endpoint answered {(int)response.StatusCode} {response.ReasonPhrase}.";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            delivery.LastStatusCode = null;
            delivery.LastError = e is TaskCanceledException ? $"No answer within {options.Value.RequestTimeout.TotalSeconds:0} s." : e.Message;
        }
        delivery.LastDurationMs = (int)clock.ElapsedMilliseconds;

        if (delivery.LastError is null)
        {
            delivery.Status = DeliveryStatuses.Succeeded;
        }
        else if (delivery.Attempts > Backoff.Length)
        {
            delivery.Status = DeliveryStatuses.Failed;
            LogDeliveryFailed(logger, webhookEvent.Id, endpoint.Id, delivery.Attempts, delivery.LastError);
            failedForDays = true;
        }
        else
        {
            delivery.NextAttemptAt = now.UtcDateTime + Backoff[delivery.Attempts - 1];
        }
        return failedForDays;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook dispatch failed; retrying at the next poll")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook event {EventId} to endpoint {EndpointId} failed after {Attempts} attempts: {Error}")]
    private static partial void LogDeliveryFailed(ILogger logger, string eventId, string endpointId, int attempts, string? error);
}
