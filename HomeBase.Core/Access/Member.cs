namespace HomeBase.Core.Access;

/// <summary>
/// A member of the current tenant, as the users page lists them; <paramref name="Invited"/> when adding found an existing
/// account, which then joins only once that person accepts.
/// </summary>
public sealed record Member(string UserId, string Email, string DisplayName, string Role, bool Invited = false);
