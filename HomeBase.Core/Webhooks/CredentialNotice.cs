namespace HomeBase.Core.Webhooks;

/// <summary>
/// That a credential notice went out: one row per integration, secret expiry and threshold, so each of the 30-, 7- and
/// 1-day warnings (and "expired") is sent exactly once per secret, and a rotation that moves the expiry starts afresh.
/// </summary>
public sealed class CredentialNotice
{
    public required string IntegrationId { get; init; }

    public DateTime ExpiresAt { get; init; }

    /// <summary>Days before expiry (30, 7, 1), or 0 for "expired".</summary>
    public int Threshold { get; init; }

    public DateTime SentAt { get; init; }
}
