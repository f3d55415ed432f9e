namespace HomeBase.Core.Integrations.Credentials;

/// <summary>A new client secret for an integration, with its expiry when the admin knows it (<c>POST …/credentials</c>).</summary>
public sealed class RotateSecretRequest
{
    public string? ClientSecret { get; set; }

    public DateTimeOffset? ClientSecretExpiresAt { get; set; }
}
