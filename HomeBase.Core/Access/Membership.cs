namespace HomeBase.Core.Access;

/// <summary>A tenant the user belongs to, with the user's role there.</summary>
public sealed record Membership(string TenantId, string TenantName, string Role);
