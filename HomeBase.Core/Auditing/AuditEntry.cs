namespace HomeBase.Core.Auditing;

/// <summary>One change to a tenant's configuration: who (an API key, an admin), what, when and from where.</summary>
public sealed class AuditEntry
{
    public required string Id { get; init; }

    public required string TenantId { get; init; }

    public DateTime OccurredAt { get; init; }

    public required string ActorType { get; init; }

    public required string ActorId { get; init; }

    public required string ActorName { get; init; }

    public string? IpAddress { get; init; }

    /// <summary>What happened, as <c>noun.verb</c>: <c>integration.created</c>, <c>api_key.revoked</c>.</summary>
    public required string Action { get; init; }

    public required string TargetType { get; init; }

    public required string TargetId { get; init; }

    /// <summary>A JSON object describing the change. Never holds a secret.</summary>
    public string? Details { get; init; }
}
