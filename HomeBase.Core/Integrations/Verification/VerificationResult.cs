namespace HomeBase.Core.Integrations.Verification;

/// <summary>The outcome of a verification: a credential failure, or the grid with everything around it.</summary>
public sealed record VerificationResult(
    DateTime VerifiedAt,
    long DurationMs,
    string Cloud,
    CredentialFailure? CredentialFailure,
    IReadOnlyList<StreamCheck> Streams,
    IReadOnlyList<PermissionCheck> Permissions,
    IReadOnlyList<SubscriptionInfo> Subscriptions,
    SecretExpiryCheck? SecretExpiry,
    string? AdminConsentUrl)
{
    public bool CredentialsValid => CredentialFailure is null;

    /// <summary>The directory's own name (Graph <c>/organization</c>), when the app may read it: an integration's default name.</summary>
    public string? OrganizationName { get; init; }

    /// <summary><c>connected</c> when every enabled stream is ready, else <c>degraded</c>.</summary>
    public string IntegrationStatus =>
        Streams.Where(s => s.Enabled).All(s => s.Status == StreamStatuses.Ready) ? IntegrationStatuses.Connected : IntegrationStatuses.Degraded;
}
