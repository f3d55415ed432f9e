namespace HomeBase.Core.Integrations;

/// <summary>A connection from a HomeBase tenant to one Azure (Entra ID) tenant through one app registration.</summary>
public sealed class Integration
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

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Set when the integration is deleted: its credentials are destroyed, its data kept until purged.</summary>
    public DateTime? DeletedAt { get; set; }
}

/// <summary>What an integration ingests.</summary>
public sealed class IntegrationConfig
{
    public const int DefaultBackfillDays = 7;

    public bool IngestEntraId { get; set; }

    public bool IngestDefender { get; set; }

    public bool IngestActivityLogs { get; set; }

    public bool IngestDefenderForCloud { get; set; }

    /// <summary>Azure subscriptions to read; empty means every subscription the app can see.</summary>
    public List<string> SubscriptionIds { get; set; } = [];

    public int BackfillDays { get; set; } = DefaultBackfillDays;
}

public static class IntegrationStatuses
{
    public const string PendingVerification = "pending_verification";
    public const string Connected = "connected";
    public const string Degraded = "degraded";
    public const string Blocked = "blocked";
    public const string Deleted = "deleted";
}

public static class SecretExpirySources
{
    public const string Graph = "graph";
    public const string Admin = "admin";
}

public static class IntegrationTypes
{
    public const string Azure = "azure";

    public static IReadOnlyList<string> Supported { get; } = [Azure];
}
