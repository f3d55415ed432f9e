namespace HomeBase.Core.Webhooks;

public static class WebhookEventTypes
{
    public const string CredentialExpiring = "integration.credential_expiring";
    public const string CredentialExpired = "integration.credential_expired";
    public const string CredentialRotated = "integration.credential_rotated";
    public const string HealthChanged = "integration.health_changed";
    public const string VerificationFailed = "integration.verification_failed";

    /// <summary>Sent only by "send test event", to one endpoint, whatever it subscribes to.</summary>
    public const string Test = "webhook_endpoint.test";

    public static IReadOnlyList<string> All { get; } = [CredentialExpiring, CredentialExpired, CredentialRotated, HealthChanged, VerificationFailed];
}
