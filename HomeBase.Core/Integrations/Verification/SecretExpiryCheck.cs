namespace HomeBase.Core.Integrations.Verification;

/// <summary>The client secret's expiry as read from the application object, or why it could not be read.</summary>
public sealed record SecretExpiryCheck(DateTime? ExpiresAt, string Source, string? Detail);
