namespace HomeBase.Sandbox.Http;

/// <summary>A documented request limit: so many requests per window, or (ARM) a token bucket.</summary>
public sealed record RateLimit(int Limit, TimeSpan Window, bool SendsRetryAfter, double RefillPerSecond = 0, bool PerApp = true)
{
    public bool IsBucket => RefillPerSecond > 0;
}
