namespace HomeBase.Core.Integrations;

public sealed class ConfigInput
{
    public bool? IngestEntraId { get; set; }

    public bool? IngestDefender { get; set; }

    public bool? IngestActivityLogs { get; set; }

    /// <summary>
    /// Defender for Cloud's recommendations, regulatory compliance and secure score. On when a create request leaves it
    /// out, so the seed body ingests all five sources; a PATCH that leaves it out keeps the current value.
    /// </summary>
    [System.ComponentModel.DefaultValue(true)]
    public bool? IngestDefenderForCloud { get; set; }

    public List<string>? SubscriptionIds { get; set; }

    public int? BackfillDays { get; set; }

    /// <summary>A regional Defender for Endpoint host (us, eu, uk, au, swa); an empty string returns to the cloud's default host.</summary>
    public string? DefenderRegion { get; set; }
}
