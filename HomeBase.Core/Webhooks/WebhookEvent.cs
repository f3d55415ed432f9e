namespace HomeBase.Core.Webhooks;

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
