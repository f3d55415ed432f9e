namespace HomeBase.Core.Integrations.Verification;

/// <summary>What to verify: an app registration in a cloud, and the streams the admin chose.</summary>
public sealed record VerificationInput(string Cloud, string AzureTenantId, string ClientId, string ClientSecret, IntegrationConfig Config)
{
    // A record prints every property; this one must never print the secret.
    public override string ToString() => $"VerificationInput {{ Cloud = {Cloud}, AzureTenantId = {AzureTenantId}, ClientId = {ClientId} }}";
}
