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
    Auditing.AuditTrail audit, TimeProvider time, Platform.Telemetry.HomeBaseMetrics metrics, ILogger<WebhookDispatcher> logger) : BackgroundService
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

    /// <summary>How much of a receiver's answer is read before the connection is dropped.</summary>
    public const int ResponseBodyLimit = 8 * 1024;

    /// <summary>This dispatcher's name in a claim: its machine, process and instance.</summary>
    private readonly string owner = Ingestion.LeaseHolder.NewOwner();

    /// <summary>How long a claim holds: longer than any attempt, short enough that a dead instance's claims pass soon.</summary>
    private TimeSpan ClaimDuration => options.Value.RequestTimeout * 2 + TimeSpan.FromSeconds(30);

    /// <summary>
    /// Sends every delivery that is due now; returns how many were attempted. Endpoints are served concurrently; each
    /// endpoint's deliveries go one at a time in order of creation: its oldest pending delivery first, and while that
    /// waits for its retry the later ones wait behind it, so a receiver that was down gets everything, in order, once
    /// back. Each attempt is claimed first, so that several instances on one database never send the same delivery.
    /// </summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        List<string> endpointsDue;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var heads = await db.WebhookDeliveries.Where(d => d.Status == DeliveryStatuses.Pending)
                .GroupBy(d => d.EndpointId).Select(g => g.OrderBy(d => d.CreatedAt).ThenBy(d => d.Id).First().Id)
                .ToListAsync(cancellationToken);
            endpointsDue = await db.WebhookDeliveries.Where(d => heads.Contains(d.Id) && d.NextAttemptAt <= now)
                .Select(d => d.EndpointId).ToListAsync(cancellationToken);
        }
        var attempted = 0;
        await Parallel.ForEachAsync(endpointsDue, new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrentEndpoints, CancellationToken = cancellationToken },
            async (endpointId, token) =>
            {
                try
                {
                    Interlocked.Add(ref attempted, await DeliverToAsync(endpointId, now, token));
                }
                catch (Exception e) when (e is not OperationCanceledException || !token.IsCancellationRequested)
                {
                    // One endpoint's trouble (deleted meanwhile, a value the database refused) never holds up the others.
                    LogEndpointFailed(logger, e, endpointId);
                }
            });
        return attempted;
    }

    /// <summary>Sends one endpoint's due deliveries in order, each under this dispatcher's claim; stops at one that must wait.</summary>
    private async Task<int> DeliverToAsync(string endpointId, DateTime dueBy, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var attempted = 0;
        while (attempted < 200)
        {
            var head = await db.WebhookDeliveries.AsNoTracking()
                .Where(d => d.EndpointId == endpointId && d.Status == DeliveryStatuses.Pending)
                .OrderBy(d => d.CreatedAt).ThenBy(d => d.Id).FirstOrDefaultAsync(cancellationToken);
            if (head is null || head.NextAttemptAt > dueBy) break;
            var now = time.GetUtcNow().UtcDateTime;
            var claimUntil = now + ClaimDuration;
            var claimed = await db.WebhookDeliveries
                .Where(d => d.Id == head.Id && d.Status == DeliveryStatuses.Pending && d.Version == head.Version
                    && (d.ClaimExpiresAt == null || d.ClaimExpiresAt < now))
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.ClaimedBy, owner).SetProperty(d => d.ClaimExpiresAt, claimUntil)
                    .SetProperty(d => d.Version, d => d.Version + 1), cancellationToken);
            // Another instance is sending this endpoint's head (or just did): the endpoint is its, for now.
            if (claimed == 0) break;

            var endpoint = await db.WebhookEndpoints.AsNoTracking().SingleAsync(e => e.Id == endpointId, cancellationToken);
            if (!endpoint.Enabled)
            {
                // Turned off after this delivery was queued (or claimed): nothing is sent, and what waits is closed.
                await WebhookDeliveries.FailPendingAsync(db, endpointId, WebhookDeliveries.NotSentTurnedOff, cancellationToken);
                break;
            }
            var webhookEvent = await db.WebhookEvents.AsNoTracking().SingleAsync(e => e.Id == head.EventId, cancellationToken);
            var failedForDays = await AttemptAsync(head, endpoint, webhookEvent, cancellationToken);
            attempted++;
            // Recorded only under this claim, so that two instances never overwrite each other's attempts.
            var recorded = await db.WebhookDeliveries.Where(d => d.Id == head.Id && d.ClaimedBy == owner)
                .ExecuteUpdateAsync(u => u
                    .SetProperty(d => d.Status, head.Status)
                    .SetProperty(d => d.Attempts, head.Attempts)
                    .SetProperty(d => d.NextAttemptAt, head.NextAttemptAt)
                    .SetProperty(d => d.LastAttemptAt, head.LastAttemptAt)
                    .SetProperty(d => d.LastStatusCode, head.LastStatusCode)
                    .SetProperty(d => d.LastError, head.LastError)
                    .SetProperty(d => d.LastDurationMs, head.LastDurationMs)
                    .SetProperty(d => d.ClaimedBy, (string?)null)
                    .SetProperty(d => d.ClaimExpiresAt, (DateTime?)null)
                    .SetProperty(d => d.Version, d => d.Version + 1), cancellationToken);
            if (recorded == 0) break;
            if (failedForDays)
            {
                await DisableAsync(db, endpointId, head.LastError, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }
            if (head.Status == DeliveryStatuses.Pending) break;
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
        await WebhookDeliveries.FailPendingAsync(db, endpointId, WebhookDeliveries.NotSentTurnedOff, cancellationToken);
        audit.Record(db, endpoint.TenantId, Actor.System, "webhook_endpoint.disabled", "webhook_endpoint", endpoint.Id, new { reason = endpoint.DisabledReason });
    }

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
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(endpoints.SigningSecrets(endpoint, now.UtcDateTime), now.ToUnixTimeSeconds(), body));
        request.Headers.Add("HomeBase-Event-Id", webhookEvent.Id);
        request.Headers.UserAgent.ParseAdd("HomeBase-Webhooks/1.0");
        var clock = Stopwatch.StartNew();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Value.RequestTimeout);
            // Headers first: the receiver's body is not HomeBase's business, and buffering it whole would let a receiver
            // fill this process's memory. A short one is read (so the connection can be reused), the rest never.
            using var response = await http.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            await DrainAsync(response, timeout.Token);
            delivery.LastStatusCode = (int)response.StatusCode;
            delivery.LastError = response.IsSuccessStatusCode ? null : $"The endpoint answered {(int)response.StatusCode} {response.ReasonPhrase}.";
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Whatever the send threw (the network, a timeout, a URL the handler refuses), it is this delivery's
            // failure, retried as any other.
            delivery.LastStatusCode = null;
            delivery.LastError = e switch
            {
                TaskCanceledException => $"No answer within {options.Value.RequestTimeout.TotalSeconds:0} s.",
                HttpRequestException => e.Message,
                _ => $"{e.GetType().Name}: {e.Message}",
            };
        }
        // A receiver's reason phrase or an exception's message can be of any length; the column cannot.
        delivery.LastError = TextColumns.Fit(delivery.LastError, WebhookDelivery.LastErrorMaxLength);
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
        metrics.DeliveryAttempted(delivery.Status == DeliveryStatuses.Succeeded ? "succeeded" : failedForDays ? "failed" : "retrying", clock.Elapsed);
        return failedForDays;
    }

    /// <summary>Reads at most <see cref="ResponseBodyLimit"/> bytes of a receiver's answer and drops them.</summary>
    private static async Task DrainAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[4096];
        for (var read = 0; read < ResponseBodyLimit;)
        {
            var n = await body.ReadAsync(buffer.AsMemory(0, Math.Min(buffer.Length, ResponseBodyLimit - read)), cancellationToken);
            if (n == 0) return;
            read += n;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook deliveries to endpoint {EndpointId} failed; retrying at the next poll")]
    private static partial void LogEndpointFailed(ILogger logger, Exception exception, string endpointId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook dispatch failed; retrying at the next poll")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook event {EventId} to endpoint {EndpointId} failed after {Attempts} attempts: {Error}")]
    private static partial void LogDeliveryFailed(ILogger logger, string eventId, string endpointId, int attempts, string? error);
}
