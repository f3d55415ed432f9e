namespace HomeBase.Core.Integrations;

/// <summary>A connection from a HomeBase tenant to one Azure (Entra ID) tenant through one app registration.</summary>
public sealed class Integration : Platform.Persistence.IVersioned
{
    public const int NameMaxLength = 100;

    public required string Id { get; init; }

    public required string TenantId { get; init; }

    public required string Type { get; init; }

    public required string Name { get; set; }

    public required string Cloud { get; init; }

    public required string AzureTenantId { get; init; }

    public required string ClientId { get; init; }

    /// <summary>The client secret, encrypted with ASP.NET Core Data Protection; null once the integration is deleted.</summary>
    public string? ProtectedClientSecret { get; set; }

    /// <summary>The secret's first three characters, as the Azure portal shows them.</summary>
    public string? ClientSecretHint { get; set; }

    public DateTime? ClientSecretExpiresAt { get; set; }

    /// <summary>Where the expiry came from: <see cref="SecretExpirySources"/>.</summary>
    public string? ClientSecretExpirySource { get; set; }

    public required IntegrationConfig Config { get; set; }

    public required string Status { get; set; }

    /// <summary>The latest verification (capability grid), as JSON; null until one ran.</summary>
    public string? VerificationJson { get; set; }

    public DateTime? VerifiedAt { get; set; }

    /// <summary>
    /// The ingestion state last announced with <c>integration.health_changed</c> (null: none yet, read as pending): what
    /// the next change is from. Swapped conditionally, so that concurrent runs never lose or repeat an event.
    /// </summary>
    public string? IngestionState { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Set when the integration is deleted: its credentials are destroyed, its data kept until purged.</summary>
    public DateTime? DeletedAt { get; set; }

    /// <inheritdoc />
    public int Version { get; set; }
}
