namespace HomeBase.Core.Tenants;

/// <summary>A HomeBase tenant: one customer organisation. Everything else belongs to exactly one.</summary>
public sealed class Tenant
{
    public const int NameMaxLength = 100;

    public required string Id { get; init; }

    public required string Name { get; set; }

    public DateTime CreatedAt { get; init; }
}
