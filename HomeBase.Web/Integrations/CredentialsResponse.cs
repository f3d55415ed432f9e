namespace HomeBase.Web.Integrations;

public sealed record CredentialsResponse(
    string AzureTenantId,
    string ClientId,
    string? ClientSecretHint,
    DateTime? ClientSecretExpiresAt,
    string? ClientSecretExpirySource);
