namespace HomeBase.Core.Integrations.Verification;

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
