namespace HomeBase.Core.Webhooks;

/// <summary>One event to one endpoint: attempted until it succeeds or the retries run out.</summary>
public sealed class WebhookDelivery : Platform.Persistence.IVersioned
{
    public const string IdPrefix = "whd";

    public const int LastErrorMaxLength = 1000;

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

    /// <summary>The dispatcher (instance) sending it now; with several instances on one database, only that one sends it.</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>When the claim lapses: a claim left by an instance that died is taken over after it.</summary>
    public DateTime? ClaimExpiresAt { get; set; }

    public DateTime CreatedAt { get; init; }

    /// <inheritdoc />
    public int Version { get; set; }
}
