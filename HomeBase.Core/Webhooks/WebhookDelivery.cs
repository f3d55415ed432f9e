namespace HomeBase.Core.Webhooks;

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
