namespace HomeBase.Core.Integrations;

/// <summary>What an integration ingests.</summary>
public sealed class IntegrationConfig
{
    public const int DefaultBackfillDays = 7;

    public bool IngestEntraId { get; set; }

    public bool IngestDefender { get; set; }

    public bool IngestActivityLogs { get; set; }

    public bool IngestDefenderForCloud { get; set; }

    /// <summary>Azure subscriptions to read; empty means every subscription the app can see.</summary>
    public List<string> SubscriptionIds { get; set; } = [];

    public int BackfillDays { get; set; } = DefaultBackfillDays;

    /// <summary>
    /// The Defender for Endpoint regional host to call (<see cref="Platform.Clouds.DefenderRegions"/>); null calls the
    /// cloud's default host.
    /// </summary>
    public string? DefenderRegion { get; set; }

    /// <summary>
    /// What a create request starts from before its own values: Defender for Cloud on. The customer's document lists it
    /// among the five sources but its request body has no toggle for it, so the body exactly as written ingests all five.
    /// </summary>
    public static IntegrationConfig ForNewIntegration() => new() { IngestDefenderForCloud = true };
}
