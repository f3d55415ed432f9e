using System.Net;
using System.Security.Cryptography;
using HomeBase.Core.Auditing;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Webhooks;

/// <summary>A tenant's webhook endpoints: create, list, change, delete, roll the signing secret. Every change is audited.</summary>
public sealed class WebhookEndpointService(
    IDbContextFactory<HomeBaseDbContext> contexts, IDataProtectionProvider protection, AuditTrail audit,
    Microsoft.Extensions.Options.IOptions<WebhookOptions> options, TimeProvider time)
{
    public const int MaxEndpointsPerTenant = 16;

    private readonly IDataProtector protector = protection.CreateProtector("HomeBase.Webhooks.SigningSecret.v1");

    /// <summary>How long a rolled secret keeps signing beside its successor.</summary>
    public static readonly TimeSpan PreviousSecretLifetime = TimeSpan.FromHours(24);

    public string Unprotect(WebhookEndpoint endpoint) => protector.Unprotect(endpoint.ProtectedSecret);

    /// <summary>The secrets that sign a delivery at <paramref name="now"/>: the current one, then the rolled one while it is still valid.</summary>
    public IReadOnlyList<string> SigningSecrets(WebhookEndpoint endpoint, DateTime now) =>
        endpoint is { PreviousProtectedSecret: { } previous, PreviousSecretExpiresAt: { } expires } && expires > now
            ? [Unprotect(endpoint), protector.Unprotect(previous)]
            : [Unprotect(endpoint)];

    public async Task<Result<EndpointWithSecret>> CreateAsync(string tenantId, WebhookEndpointInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        if (Validate(input, creating: true) is { } invalid) return invalid;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.WebhookEndpoints.CountAsync(e => e.TenantId == tenantId, cancellationToken) >= MaxEndpointsPerTenant)
        {
            return new Failure("too_many_endpoints", 409, "Too many endpoints", $"A tenant has at most {MaxEndpointsPerTenant} webhook endpoints; delete one first.");
        }
        var now = time.GetUtcNow().UtcDateTime;
        var secret = NewSecret();
        var endpoint = new WebhookEndpoint
        {
            Id = PrefixedId.New(WebhookEndpoint.IdPrefix, time), TenantId = tenantId, Url = input.Url!.Trim(),
            Events = string.Join(',', input.EnabledEvents!.Distinct()), Enabled = input.Enabled ?? true,
            ProtectedSecret = protector.Protect(secret), CreatedAt = now, UpdatedAt = now,
        };
        db.WebhookEndpoints.Add(endpoint);
        audit.Record(db, tenantId, actor, "webhook_endpoint.created", "webhook_endpoint", endpoint.Id, new { url = endpoint.DisplayUrl, events = endpoint.EventList });
        await db.SaveChangesAsync(cancellationToken);
        return new EndpointWithSecret(endpoint, secret);
    }

    public async Task<IReadOnlyList<WebhookEndpoint>> ListAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WebhookEndpoints.AsNoTracking().Where(e => e.TenantId == tenantId).OrderBy(e => e.Id).ToListAsync(cancellationToken);
    }

    public async Task<Result<WebhookEndpoint>> GetAsync(string tenantId, string id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var endpoint = await db.WebhookEndpoints.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id && e.TenantId == tenantId, cancellationToken);
        return endpoint is null ? Failure.NotFound("webhook endpoint") : endpoint;
    }

    public async Task<Result<WebhookEndpoint>> UpdateAsync(string tenantId, string id, WebhookEndpointInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        if (Validate(input, creating: false) is { } invalid) return invalid;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var endpoint = await db.WebhookEndpoints.SingleOrDefaultAsync(e => e.Id == id && e.TenantId == tenantId, cancellationToken);
        if (endpoint is null) return Failure.NotFound("webhook endpoint");
        if (input.Url is not null) endpoint.Url = input.Url.Trim();
        if (input.EnabledEvents is not null) endpoint.Events = string.Join(',', input.EnabledEvents.Distinct());
        var turningOff = input.Enabled == false && endpoint.Enabled;
        if (input.Enabled is { } enabled)
        {
            endpoint.Enabled = enabled;
            if (enabled) endpoint.DisabledReason = null;
        }
        endpoint.UpdatedAt = time.GetUtcNow().UtcDateTime;
        audit.Record(db, tenantId, actor, "webhook_endpoint.updated", "webhook_endpoint", endpoint.Id,
            new { url = endpoint.DisplayUrl, events = endpoint.EventList, enabled = endpoint.Enabled });
        var saved = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // A turned-off endpoint receives nothing: what was waiting for it is closed with the reason, and can be
            // resent once it is on again. The dispatcher checks too, for a delivery claimed just before this.
            if (turningOff) await WebhookDeliveries.FailPendingAsync(db, endpoint.Id, WebhookDeliveries.NotSentTurnedOff, cancellationToken);
            if (await db.SaveOrConflictAsync("webhook endpoint", cancellationToken) is { } conflict) return conflict;
            await transaction.CommitAsync(cancellationToken);
            return null;
        });
        if (saved is { } failure) return failure;
        return endpoint;
    }

    public async Task<Result<EndpointWithSecret>> RollSecretAsync(string tenantId, string id, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var endpoint = await db.WebhookEndpoints.SingleOrDefaultAsync(e => e.Id == id && e.TenantId == tenantId, cancellationToken);
        if (endpoint is null) return Failure.NotFound("webhook endpoint");
        var secret = NewSecret();
        var now = time.GetUtcNow().UtcDateTime;
        // The secret being replaced keeps signing for a day, so receivers can switch without refusing deliveries;
        // rolling again within that day replaces it (only the two newest secrets ever sign).
        (endpoint.PreviousProtectedSecret, endpoint.PreviousSecretExpiresAt) = (endpoint.ProtectedSecret, now + PreviousSecretLifetime);
        endpoint.ProtectedSecret = protector.Protect(secret);
        endpoint.UpdatedAt = now;
        audit.Record(db, tenantId, actor, "webhook_endpoint.secret_rolled", "webhook_endpoint", endpoint.Id,
            new { previous_secret_expires_at = endpoint.PreviousSecretExpiresAt });
        if (await db.SaveOrConflictAsync("webhook endpoint", cancellationToken) is { } conflict) return conflict;
        return new EndpointWithSecret(endpoint, secret);
    }

    public async Task<Result<bool>> DeleteAsync(string tenantId, string id, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var endpoint = await db.WebhookEndpoints.SingleOrDefaultAsync(e => e.Id == id && e.TenantId == tenantId, cancellationToken);
        if (endpoint is null) return Failure.NotFound("webhook endpoint");
        db.WebhookEndpoints.Remove(endpoint);
        audit.Record(db, tenantId, actor, "webhook_endpoint.deleted", "webhook_endpoint", endpoint.Id, new { url = endpoint.DisplayUrl });
        if (await db.SaveOrConflictAsync("webhook endpoint", cancellationToken) is { } conflict) return conflict;
        return true;
    }

    /// <summary>Queues a <c>webhook_endpoint.test</c> event to this endpoint only, to check the receiver and its signature check.</summary>
    public async Task<Result<WebhookDelivery>> SendTestAsync(string tenantId, string id, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var endpoint = await db.WebhookEndpoints.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id && e.TenantId == tenantId, cancellationToken);
        if (endpoint is null) return Failure.NotFound("webhook endpoint");
        if (!endpoint.Enabled) return TurnedOff(endpoint);
        var now = time.GetUtcNow().UtcDateTime;
        var test = new WebhookEvent
        {
            Id = PrefixedId.New(WebhookEvent.IdPrefix, time), TenantId = tenantId, Type = WebhookEventTypes.Test, CreatedAt = now,
            DataJson = System.Text.Json.JsonSerializer.Serialize(new { webhook_endpoint_id = id, message = "A test event from HomeBase." }, WebhookOutbox.Json),
        };
        db.WebhookEvents.Add(test);
        var delivery = NewDelivery(test, endpoint, now);
        db.WebhookDeliveries.Add(delivery);
        audit.Record(db, tenantId, actor, "webhook_endpoint.test_sent", "webhook_endpoint", id);
        await db.SaveChangesAsync(cancellationToken);
        return delivery;
    }

    /// <summary>Sends an event to the endpoint again, as a new delivery (the receiver de-duplicates on the event id).</summary>
    public async Task<Result<WebhookDelivery>> ResendAsync(string tenantId, string id, string deliveryId, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var original = await db.WebhookDeliveries.AsNoTracking()
            .SingleOrDefaultAsync(d => d.Id == deliveryId && d.EndpointId == id && d.TenantId == tenantId, cancellationToken);
        if (original is null) return Failure.NotFound("delivery");
        var endpoint = await db.WebhookEndpoints.AsNoTracking().SingleAsync(e => e.Id == id, cancellationToken);
        if (!endpoint.Enabled) return TurnedOff(endpoint);
        var webhookEvent = await db.WebhookEvents.AsNoTracking().SingleAsync(e => e.Id == original.EventId, cancellationToken);
        var delivery = NewDelivery(webhookEvent, endpoint, time.GetUtcNow().UtcDateTime);
        db.WebhookDeliveries.Add(delivery);
        audit.Record(db, tenantId, actor, "webhook_delivery.resent", "webhook_endpoint", id, new { event_id = webhookEvent.Id });
        if (await db.SaveOrConflictAsync("webhook delivery", cancellationToken) is { } conflict) return conflict;
        return delivery;
    }

    private static Failure TurnedOff(WebhookEndpoint endpoint) => new("endpoint_disabled", 409, "The endpoint is turned off",
        $"{endpoint.DisabledReason ?? "The endpoint is turned off."} Turn it on first: a turned-off endpoint receives nothing, tests and resends included.");

    private WebhookDelivery NewDelivery(WebhookEvent webhookEvent, WebhookEndpoint endpoint, DateTime now) => new()
    {
        Id = PrefixedId.New(WebhookDelivery.IdPrefix, time), EventId = webhookEvent.Id, EndpointId = endpoint.Id, TenantId = endpoint.TenantId,
        Status = DeliveryStatuses.Pending, NextAttemptAt = now, CreatedAt = now,
    };

    /// <summary>The latest deliveries to an endpoint, newest first, for the page and the API.</summary>
    public async Task<IReadOnlyList<(WebhookDelivery Delivery, WebhookEvent Event)>> RecentDeliveriesAsync(string tenantId, string endpointId, int take = 20,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.WebhookDeliveries.AsNoTracking().Where(d => d.TenantId == tenantId && d.EndpointId == endpointId)
            .Join(db.WebhookEvents, d => d.EventId, e => e.Id, (d, e) => new { d, e })
            .OrderByDescending(x => x.d.Id).Take(take).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.d, r.e))];
    }

    private static string NewSecret() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', 'A').Replace('/', 'B').TrimEnd('=');

    private Failure? Validate(WebhookEndpointInput input, bool creating)
    {
        var errors = new Dictionary<string, string[]>();
        if (creating || input.Url is not null)
        {
            if (!Uri.TryCreate(input.Url?.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            {
                errors["url"] = ["Must be an absolute https:// URL that accepts POST requests."];
            }
            else if (IsLoopback(url) && !options.Value.AllowLoopback)
            {
                errors["url"] = ["Must not point at this machine (localhost). Set Webhooks:AllowLoopback for a local receiver in development."];
            }
            else if (url.Scheme == Uri.UriSchemeHttp && !IsLoopback(url))
            {
                // Events name tenants and integrations: outside this machine they travel encrypted only.
                errors["url"] = ["Must use https://. Plain http is accepted only for a local receiver (Webhooks:AllowLoopback)."];
            }
            else if (IPAddress.TryParse(url.Host, out var literal) && !WebhookNetworkGuard.IsAllowed(literal, options.Value))
            {
                errors["url"] = ["Must not point at a private or link-local address. Set Webhooks:AllowPrivateNetworks if your receiver is inside your network."];
            }
            else if (url.AbsoluteUri.Length > 2048) errors["url"] = ["At most 2048 characters."];
        }
        if (creating || input.EnabledEvents is not null)
        {
            if (input.EnabledEvents is not { Count: > 0 } events) errors["enabled_events"] = [$"Choose at least one of: {string.Join(", ", WebhookEventTypes.All)}."];
            else if (events.FirstOrDefault(e => !WebhookEventTypes.All.Contains(e)) is { } unknown)
            {
                errors["enabled_events"] = [$"Unknown event '{unknown}'. Events: {string.Join(", ", WebhookEventTypes.All)}."];
            }
        }
        return errors.Count == 0 ? null : Failure.Validation(errors);
    }

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host, out var address) && IPAddress.IsLoopback(address));
}
