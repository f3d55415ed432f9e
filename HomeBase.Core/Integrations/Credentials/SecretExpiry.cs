namespace HomeBase.Core.Integrations.Credentials;

/// <summary>Whole days until a client secret expires, as every page, banner and event counts them (negative once expired).</summary>
public static class SecretExpiry
{
    public static int DaysLeft(DateTime expiresAt, DateTime now) => (int)Math.Floor((expiresAt - now).TotalDays);

    /// <summary>The <c>days_remaining</c> of credential events: never below zero.</summary>
    public static int DaysRemaining(DateTime expiresAt, DateTime now) => Math.Max(0, DaysLeft(expiresAt, now));
}
