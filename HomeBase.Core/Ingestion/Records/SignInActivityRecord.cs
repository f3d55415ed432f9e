namespace HomeBase.Core.Ingestion.Records;

/// <summary>
/// A user's last sign-ins as Entra ID keeps them on the user object (<c>signInActivity</c>, Entra ID P1): for as long as
/// the account exists, unlike the sign-in log's 30 days. A snapshot of every user, re-read in full.
/// </summary>
public sealed class SignInActivityRecord : IngestedRecord, ISnapshotRecord
{
    public DateTime? LastSyncedAt { get; set; }

    public string? DisplayName { get; set; }

    public string? UserPrincipalName { get; set; }

    /// <summary><c>Member</c> or <c>Guest</c>.</summary>
    public string? UserType { get; set; }

    public bool? AccountEnabled { get; set; }

    /// <summary>The last interactive sign-in attempt, successful or not.</summary>
    public DateTime? LastSignInAt { get; set; }

    /// <summary>The last sign-in a client made on the user's behalf (a token refresh), successful or not.</summary>
    public DateTime? LastNonInteractiveSignInAt { get; set; }

    /// <summary>The last successful sign-in of either kind; Microsoft records it since December 2023.</summary>
    public DateTime? LastSuccessfulSignInAt { get; set; }

    /// <summary>
    /// The later of the interactive and non-interactive attempts: the account's last use, the way Microsoft's guide to
    /// inactive accounts reads it. Null when it has never signed in. Stored, so that "no sign-in since" is one index range.
    /// </summary>
    public DateTime? LastActivityAt { get; set; }
}
