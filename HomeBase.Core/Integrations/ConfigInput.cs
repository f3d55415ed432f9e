namespace HomeBase.Core.Integrations;

public sealed class ConfigInput
{
    public bool? IngestEntraId { get; set; }

    public bool? IngestDefender { get; set; }

    public bool? IngestActivityLogs { get; set; }

    public bool? IngestDefenderForCloud { get; set; }

    public List<string>? SubscriptionIds { get; set; }

    public int? BackfillDays { get; set; }
}
