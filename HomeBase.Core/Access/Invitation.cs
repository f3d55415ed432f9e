namespace HomeBase.Core.Access;

/// <summary>An open invitation as the pages show it: to the invited person (which tenant, from whom) and to owners (whom).</summary>
public sealed record Invitation(
    string Id, string TenantId, string TenantName, string Email, string DisplayName, string Role, string InvitedBy, DateTime ExpiresAt);
