namespace HomeBase.Core.Access;

/// <summary>A member of the current tenant, as the users page lists them.</summary>
public sealed record Member(string UserId, string Email, string DisplayName, string Role);
