namespace HomeBase.Core.ApiKeys;

/// <summary>Who an accepted API key speaks for.</summary>
public sealed record ApiKeyIdentity(string KeyId, string TenantId, string Name);
