namespace HomeBase.Core.Webhooks;

/// <summary>Where a tenant wants HomeBase's events POSTed, which ones, and the secret that signs them.</summary>
public sealed class WebhookEndpoint
{
    public const string IdPrefix = "we";

    public required string Id { get; init; }

    public required string TenantId { get; init; }

    public required string Url { get; set; }

    /// <summary>The subscribed event types (<see cref="WebhookEventTypes"/>), comma-separated.</summary>
    public required string Events { get; set; }

    public bool Enabled { get; set; } = true;

    /// <summary>Why HomeBase turned the endpoint off (deliveries failing for days); null when enabled or turned off by a person.</summary>
    public string? DisabledReason { get; set; }

    /// <summary>The signing secret (<c>whsec_…</c>), encrypted: HomeBase needs it back to sign each delivery.</summary>
    public required string ProtectedSecret { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public IReadOnlyList<string> EventList => Events.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Something that happened, recorded in the same transaction as the change itself (an outbox).</summary>
public sealed class WebhookEvent
{
    public const string IdPrefix = "evt";

    public required string Id { get; init; }

    public required string TenantId { get; init; }

    public required string Type { get; init; }

    public DateTime CreatedAt { get; init; }

    /// <summary>The event's <c>data</c> object, as snake_case JSON.</summary>
    public required string DataJson { get; init; }
}

/// <summary>One event to one endpoint: attempted until it succeeds or the retries run out.</summary>
public sealed class WebhookDelivery
{
    public const string IdPrefix = "whd";

    public required string Id { get; init; }

    public required string EventId { get; init; }

    public required string EndpointId { get; init; }

    public required string TenantId { get; init; }

    public required string Status { get; set; }

    public int Attempts { get; set; }

    public DateTime NextAttemptAt { get; set; }

    public DateTime? LastAttemptAt { get; set; }

    public int? LastStatusCode { get; set; }

    public string? LastError { get; set; }

    public int? LastDurationMs { get; set; }

    public DateTime CreatedAt { get; init; }
}

public static class DeliveryStatuses
{
    public const string Pending = "pending";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
}

/// <summary>
/// That a credential notice went out: one row per integration, secret expiry and threshold, so each of the 30-, 7- and
/// 1-day warnings (and "expired") is sent exactly once per secret, and a rotation that moves the expiry starts afresh.
/// </summary>
public sealed class CredentialNotice
{
    public required string IntegrationId { get; init; }

    public DateTime ExpiresAt { get; init; }

    /// <summary>Days before expiry (30, 7, 1), or 0 for "expired".</summary>
    public int Threshold { get; init; }

    public DateTime SentAt { get; init; }
}

public static class WebhookEventTypes
{
    public const string CredentialExpiring = "integration.credential_expiring";
    public const string CredentialExpired = "integration.credential_expired";
    public const string CredentialRotated = "integration.credential_rotated";
    public const string HealthChanged = "integration.health_changed";
    public const string VerificationFailed = "integration.verification_failed";

    /// <summary>Sent only by "send test event", to one endpoint, whatever it subscribes to.</summary>
    public const string Test = "webhook_endpoint.test";

    public static IReadOnlyList<string> All { get; } = [CredentialExpiring, CredentialExpired, CredentialRotated, HealthChanged, VerificationFailed];
}
