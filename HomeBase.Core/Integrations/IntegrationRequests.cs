namespace HomeBase.Core.Integrations;

// The public request shapes (snake_case on the wire). Every field is nullable so that "absent" can be told
// from "false" or "empty" and reported by name.

/// <summary>POST /v1/integrations and the setup wizard's save.</summary>
public sealed class CreateIntegrationRequest
{
    public string? Type { get; set; }

    public string? TenantId { get; set; }

    public string? Name { get; set; }

    public string? Cloud { get; set; }

    public CredentialsInput? Credentials { get; set; }

    public ConfigInput? Config { get; set; }
}

public sealed class CredentialsInput
{
    public string? AzureTenantId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public DateTimeOffset? ClientSecretExpiresAt { get; set; }
}

public sealed class ConfigInput
{
    public bool? IngestEntraId { get; set; }

    public bool? IngestDefender { get; set; }

    public bool? IngestActivityLogs { get; set; }

    public bool? IngestDefenderForCloud { get; set; }

    public List<string>? SubscriptionIds { get; set; }

    public int? BackfillDays { get; set; }
}

/// <summary>PATCH /v1/integrations/{id}: only the fields present change.</summary>
public sealed class UpdateIntegrationRequest
{
    public string? Name { get; set; }

    public ConfigInput? Config { get; set; }
}
