namespace HomeBase.Core.Integrations;

/// <summary>
/// Remembers which integration an <c>Idempotency-Key</c> created, so that a retried POST returns it
/// instead of creating a second one. Keyed per tenant; the request hash detects a key reused for another body.
/// </summary>
public sealed class IdempotencyRecord
{
    public required string TenantId { get; init; }

    public required string Key { get; init; }

    public required string RequestHash { get; init; }

    public required string IntegrationId { get; init; }

    public DateTime CreatedAt { get; init; }
}
