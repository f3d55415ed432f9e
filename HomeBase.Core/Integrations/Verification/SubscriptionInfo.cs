namespace HomeBase.Core.Integrations.Verification;

/// <summary>
/// A subscription the app can see, with Microsoft's <c>state</c> (<c>Enabled</c>, <c>Warned</c>, <c>PastDue</c>,
/// <c>Disabled</c>, <c>Deleted</c>). A disabled or deleted subscription has no data to read and is skipped.
/// </summary>
public sealed record SubscriptionInfo(string Id, string Name, string? State = null)
{
    public const string Disabled = "Disabled";
    public const string Deleted = "Deleted";

    /// <summary>Whether HomeBase reads it: every state but Disabled and Deleted (a subscription without a state is read).</summary>
    public bool Readable => !IsInactive(State);

    public static bool IsInactive(string? state) =>
        string.Equals(state, Disabled, StringComparison.OrdinalIgnoreCase) || string.Equals(state, Deleted, StringComparison.OrdinalIgnoreCase);
}
