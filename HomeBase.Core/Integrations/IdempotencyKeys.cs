namespace HomeBase.Core.Integrations;

public static class IdempotencyKeys
{
    public const int MaxLength = 255;

    /// <summary>Printable ASCII only, as Stripe and the IETF draft expect of the header.</summary>
    public static bool IsValid(string key) =>
        key.Length is > 0 and <= MaxLength && key.All(c => c is >= '!' and <= '~');
}
