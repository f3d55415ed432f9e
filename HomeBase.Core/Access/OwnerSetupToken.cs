namespace HomeBase.Core.Access;

/// <summary>
/// A one-time set-up token, stored only as its SHA-256. Each web instance that starts without an owner issues one
/// and prints it in its log; any of them may be used once, and all are deleted when the owner is created.
/// </summary>
public sealed class OwnerSetupToken
{
    /// <summary>The token's SHA-256, as lower-case hex.</summary>
    public required string Hash { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime ExpiresAt { get; init; }
}
