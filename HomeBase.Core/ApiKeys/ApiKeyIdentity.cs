namespace HomeBase.Core.ApiKeys;

/// <summary>Who an accepted API key speaks for, and what it may do.</summary>
public sealed record ApiKeyIdentity(string KeyId, string TenantId, string Name, IReadOnlyList<string> Scopes);
