namespace HomeBase.Core.ApiKeys;

/// <summary>A key as the Settings page and the command line list it: with who created it and whether it works now.</summary>
public sealed record ApiKeySummary(ApiKey Key, string? CreatorName, ApiKeyState State);
