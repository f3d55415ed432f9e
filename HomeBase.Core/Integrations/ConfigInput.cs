namespace HomeBase.Core.Integrations;

public sealed class ConfigInput
{
    public bool? IngestEntraId { get; set; }

    public bool? IngestDefender { get; set; }

    public bool? IngestActivityLogs { get; set; }

    public bool? IngestDefenderForCloud { get; set; }

    public List<string>? SubscriptionIds { get; set; }

    public int? BackfillDays { get; set; }

    /// <summary>A regional Defender for Endpoint host (us, eu, uk, au, swa); an empty string returns to the cloud's default host.</summary>
    public string? DefenderRegion { get; set; }
}
