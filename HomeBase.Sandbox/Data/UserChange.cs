namespace HomeBase.Sandbox.Data;

/// <summary>A change to a user, as <c>/users/delta</c> reports it after the change's time.</summary>
internal sealed record UserChange(DateTimeOffset At, int UserIndex, UserChangeKind Kind, string? JobTitle);
