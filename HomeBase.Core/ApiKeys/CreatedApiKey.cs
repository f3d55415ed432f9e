namespace HomeBase.Core.ApiKeys;

/// <summary>A key just created: <see cref="Secret"/> is shown once and never stored.</summary>
public sealed record CreatedApiKey(ApiKey Key, string Secret);
