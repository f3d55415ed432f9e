namespace HomeBase.Core.Integrations;

public sealed class CredentialsInput
{
    public string? AzureTenantId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public DateTimeOffset? ClientSecretExpiresAt { get; set; }
}
