namespace HomeBase.Sandbox.Tokens;

/// <summary>The claims of an app-only token the sandbox accepted.</summary>
public sealed record AccessToken(Guid TenantId, Guid AppId, string Audience, IReadOnlyList<string> Roles, DateTimeOffset ExpiresAt);
