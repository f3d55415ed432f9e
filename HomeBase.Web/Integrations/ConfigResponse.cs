using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Integrations;
using HomeBase.Core.Integrations.Credentials;

namespace HomeBase.Web.Integrations;

public sealed record ConfigResponse(
    bool IngestEntraId,
    bool IngestDefender,
    bool IngestActivityLogs,
    bool IngestDefenderForCloud,
    IReadOnlyList<string> SubscriptionIds,
    int BackfillDays);
