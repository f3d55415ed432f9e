namespace HomeBase.Core.Access;

/// <summary>
/// The one row that says who became the first owner. Its key is always <see cref="TheOnlyId"/>, so of two set-ups
/// racing each other exactly one can insert it; the account is created in the same transaction.
/// </summary>
public sealed class OwnerClaim
{
    public const int TheOnlyId = 1;

    public int Id { get; init; } = TheOnlyId;

    public required string UserId { get; init; }

    public DateTime ClaimedAt { get; init; }
}
