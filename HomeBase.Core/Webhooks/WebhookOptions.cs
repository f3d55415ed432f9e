namespace HomeBase.Core.Webhooks;

/// <summary><c>Webhooks:*</c> settings.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Webhooks";

    /// <summary>How often due deliveries are looked for.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often secret expiries are checked for the 30/7/1-day warnings.</summary>
    public TimeSpan ExpiryCheckInterval { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many endpoints are sent to at once; each endpoint's own deliveries still go one at a time, in order.</summary>
    public int MaxConcurrentEndpoints { get; set; } = 8;

    /// <summary>Allows http:// and loopback endpoints (a receiver on this machine, for development and tests).</summary>
    public bool AllowLoopback { get; set; }

    /// <summary>Allows endpoints on private and link-local networks (10/8, 172.16/12, 192.168/16, 169.254/16, fc00::/7, fe80::/10).</summary>
    public bool AllowPrivateNetworks { get; set; }
}
