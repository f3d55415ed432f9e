namespace HomeBase.Core.Webhooks;

/// <summary>Where a tenant wants HomeBase's events POSTed, which ones, and the secret that signs them.</summary>
public sealed class WebhookEndpoint : Platform.Persistence.IVersioned
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

    /// <inheritdoc />
    public int Version { get; set; }

    public IReadOnlyList<string> EventList => Events.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
