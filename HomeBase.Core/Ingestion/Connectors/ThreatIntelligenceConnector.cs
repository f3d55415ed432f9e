using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Values;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Platform.Common;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>
/// Defender Threat Intelligence (docs/microsoft-apis.md §3.5): the reputation of each IP address and domain that alert evidence
/// named and that is due a check (<see cref="StreamReadContext.Subjects"/>), one <c>GET …/hosts/{host}/reputation</c> each.
/// Microsoft offers no list of hosts and no lookup by hash or URL, so those kinds have no reputation.
/// </summary>
internal sealed class ThreatIntelligenceConnector(PageFetcher fetcher) : IStreamConnector
{
    /// <summary>Lookups stored together: a run that stops keeps what it has asked so far.</summary>
    public const int LookupsPerPage = 25;

    /// <summary>Rules kept per host, and the length of each one's text: the rules column holds them whole.</summary>
    private const int MaxRules = 10;
    private const int MaxRuleText = 200;

    public string Stream => StreamCatalog.ThreatIntelligence;

    public static string Url(string host) => $"security/threatIntelligence/hosts/{Uri.EscapeDataString(host)}/reputation";

    public async IAsyncEnumerable<IngestionPage> ReadAsync(StreamReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var hosts in context.Subjects.Chunk(LookupsPerPage))
        {
            var records = new List<HostReputationRecord>(hosts.Length);
            foreach (var host in hosts)
            {
                var reputation = await fetcher.GetEntityOrNullAsync(context.Client, AzureApi.Graph, Url(host), cancellationToken);
                records.Add(Reputation(host, reputation, context.Now));
            }
            yield return new IngestionPage([RecordBatch.Upsert(records)], null, null);
        }
    }

    private static HostReputationRecord Reputation(string host, JsonObject? reputation, DateTime now)
    {
        var rules = (reputation.Get("rules") as JsonArray ?? []).OfType<JsonObject>().Take(MaxRules)
            .Select(r => new HostReputationRule(Cut(r.Str("name")), Cut(r.Str("description")), r.EnumMember("severity"), Cut(r.Str("relatedDetailsUrl"))))
            .ToList();
        return new HostReputationRecord
        {
            SourceId = host,
            Kind = HostReputationRecord.KindOf(host),
            Known = reputation is not null,
            Classification = reputation.EnumMember("classification") ?? HostReputationClassifications.Unknown,
            Score = reputation is null ? null : reputation.Int("score"),
            Rules = HostReputationRecord.WriteRules(rules),
            ArticleCount = rules.Count(r => r.IsIntelArticle),
            CheckedAt = now,
        };
    }

    private static string? Cut(string? text) => TextColumns.Fit(text, MaxRuleText);
}
