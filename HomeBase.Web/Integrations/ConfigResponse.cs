namespace HomeBase.Web.Integrations;

public sealed record ConfigResponse(
    bool IngestEntraId,
    bool IngestDefender,
    bool IngestActivityLogs,
    bool IngestDefenderForCloud,
    IReadOnlyList<string> SubscriptionIds,
    int BackfillDays,
    string? DefenderRegion);
