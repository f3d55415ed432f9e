using HomeBase.Core.Integrations;

namespace HomeBase.Core.Verification;

/// <summary>What to verify: an app registration in a cloud, and the streams the admin chose.</summary>
public sealed record VerificationInput(string Cloud, string AzureTenantId, string ClientId, string ClientSecret, IntegrationConfig Config)
{
    // A record prints every property; this one must never print the secret.
    public override string ToString() => $"VerificationInput {{ Cloud = {Cloud}, AzureTenantId = {AzureTenantId}, ClientId = {ClientId} }}";
}

public static class StreamStatuses
{
    public const string Ready = "ready";
    public const string NeedsAdminConsent = "needs_admin_consent";
    public const string MissingPermission = "missing_permission";
    public const string MissingLicence = "missing_licence";
    public const string NoSubscriptionAccess = "no_subscription_access";
    public const string NotAvailableInCloud = "not_available_in_cloud";
    public const string Error = "error";

    /// <summary>Statuses that mean the stream cannot collect until the admin fixes something.</summary>
    public static bool IsBlocked(string status) => status != Ready;
}

/// <summary>One row of the capability grid (product.md §4).</summary>
public sealed record StreamCheck(
    string Stream,
    string DisplayName,
    bool Enabled,
    string Status,
    string? Permission,
    string? Licence,
    string? Fix,
    string? FixUrl,
    string? Detail,
    string? RequestId,
    string? Note);

/// <summary>A permission or Azure role: granted, not consented, missing, or unknown (its API cannot be reached).</summary>
public sealed record PermissionCheck(string Permission, string Api, string Status, IReadOnlyList<string> RequiredFor, bool InSeed, string? Note);

public sealed record SubscriptionInfo(string Id, string Name);

/// <summary>The client secret's expiry as read from the application object, or why it could not be read.</summary>
public sealed record SecretExpiryCheck(DateTime? ExpiresAt, string Source, string? Detail);

/// <summary>
/// Why no token could be had, named, with the fix in plain words. <see cref="IsRefusal"/> is true when Entra
/// refused these credentials; false when it could not be asked (network) or failed otherwise.
/// </summary>
public sealed record CredentialFailure(string Code, string Cause, string Fix, string? FixUrl, int? Aadsts, string? TraceId, string? Message)
{
    public bool IsRefusal => Code is "credential_unknown_tenant" or "credential_app_not_found" or "credential_invalid_secret" or "credential_secret_expired";
}

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
