namespace HomeBase.Core.Integrations;

public static class IntegrationStatuses
{
    public const string PendingVerification = "pending_verification";
    public const string Connected = "connected";
    public const string Degraded = "degraded";
    public const string Blocked = "blocked";
    public const string Deleted = "deleted";
}
