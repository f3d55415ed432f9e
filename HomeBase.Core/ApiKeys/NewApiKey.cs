namespace HomeBase.Core.ApiKeys;

/// <summary>What an owner (or the command line) asks for: a name, the scopes, and an optional expiry.</summary>
public sealed record NewApiKey(string Name, IReadOnlyCollection<string> Scopes, DateTime? ExpiresAt = null);
