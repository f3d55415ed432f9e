namespace HomeBase.Core.Ingestion.Records;

/// <summary>
/// A user's authentication methods registration (<c>userRegistrationDetails</c>): whether they can do MFA and
/// passwordless sign-in, and which methods they registered. A snapshot of every user, re-read in full.
/// </summary>
public sealed class UserRegistrationRecord : IngestedRecord, ISnapshotRecord
{
    public DateTime? LastSyncedAt { get; set; }

    public string? UserPrincipalName { get; set; }

    public string? UserDisplayName { get; set; }

    /// <summary><c>member</c> or <c>guest</c>.</summary>
    public string? UserType { get; set; }

    /// <summary>Whether the user holds an admin role, as Microsoft's report says.</summary>
    public bool? IsAdmin { get; set; }

    public bool? IsMfaRegistered { get; set; }

    public bool? IsMfaCapable { get; set; }

    public bool? IsPasswordlessCapable { get; set; }

    public bool? IsSsprRegistered { get; set; }

    /// <summary>The registered methods, comma-separated (<c>microsoftAuthenticatorPush</c>, <c>fido2</c>…).</summary>
    public string? MethodsRegistered { get; set; }

    /// <summary>
    /// The second factor the user is asked for at sign-in (<c>push</c>, <c>oath</c>, <c>sms</c>, <c>voiceMobile</c>…): the
    /// system-preferred method where Microsoft turned that on for the user, else the user's own default; null when none.
    /// </summary>
    public string? MfaMethodInUse { get; set; }

    /// <summary>When Microsoft last refreshed the user's row in the report.</summary>
    public DateTime? ReportUpdatedAt { get; set; }
}
