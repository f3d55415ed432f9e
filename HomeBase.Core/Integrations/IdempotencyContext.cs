namespace HomeBase.Core.Integrations;

/// <summary>An <c>Idempotency-Key</c> and a hash of the request it came with.</summary>
public sealed record IdempotencyContext(string Key, string RequestHash);
