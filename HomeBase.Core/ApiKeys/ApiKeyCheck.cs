namespace HomeBase.Core.ApiKeys;

/// <summary>The outcome of presenting a key: who it speaks for, or why it was refused, in words for the caller.</summary>
public sealed record ApiKeyCheck(ApiKeyIdentity? Identity, string? Refusal)
{
    public static ApiKeyCheck Refused(string why) => new(null, why);
}
