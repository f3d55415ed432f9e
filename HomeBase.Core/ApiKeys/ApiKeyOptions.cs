using System.ComponentModel.DataAnnotations;

namespace HomeBase.Core.ApiKeys;

/// <summary><c>ApiKeys:*</c>: limits on what API keys may ask of the server.</summary>
public sealed class ApiKeyOptions
{
    public const string SectionName = "ApiKeys";

    /// <summary>Requests a minute per key (a token bucket: a burst of this many, refilled evenly); the next gets 429 with Retry-After.</summary>
    [Range(1, 100_000)]
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>The longest expiry an owner may give a key, in days; keys without expiry stay allowed (for service accounts).</summary>
    [Range(1, 3650)]
    public int MaxLifetimeDays { get; set; } = 730;
}
