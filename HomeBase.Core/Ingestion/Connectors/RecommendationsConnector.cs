using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>
/// <c>Microsoft.Security/assessments</c> joined by name with the subscription's <c>assessmentMetadata</c> for
/// severity and categories: the list operation documents no <c>$expand</c> (docs/microsoft-apis.md §6.1).
/// </summary>
internal sealed class RecommendationsConnector(PageFetcher fetcher, SubscriptionLister subscriptions) : ArmSnapshotConnector(fetcher, subscriptions)
{
    private const string ApiVersion = "api-version=2021-06-01";

    public override string Stream => StreamCatalog.Recommendations;

    protected override string FirstUrl(string subscriptionId) =>
        $"subscriptions/{subscriptionId}/providers/Microsoft.Security/assessments?{ApiVersion}";

    /// <summary>Every assessment type's metadata, built in and custom, by its name (the assessment's name).</summary>
    protected override async Task<IReadOnlyDictionary<string, JsonObject>> ReadLookupAsync(StreamReadContext context, string subscriptionId, CancellationToken cancellationToken)
    {
        var metadata = new Dictionary<string, JsonObject>(StringComparer.OrdinalIgnoreCase);
        await foreach (var page in ReadAllAsync(context, $"subscriptions/{subscriptionId}/providers/Microsoft.Security/assessmentMetadata?{ApiVersion}", cancellationToken))
        {
            foreach (var item in page.Items())
            {
                if (item.Str("name") is { } name && item.Get("properties") is JsonObject properties) metadata[name] = properties;
            }
        }
        return metadata;
    }

    protected override IEnumerable<RecordBatch> SweepUnseen(DateTime startedAt) => [RecordBatch.DeleteUnseenSince<RecommendationRecord>(startedAt)];

    protected override IReadOnlyList<RecordBatch> Map(JsonObject page, string subscriptionId, IReadOnlyDictionary<string, JsonObject> lookup) =>
    [
        RecordBatch.Upsert([.. page.Items().Select(a => new RecommendationRecord
        {
            SourceId = a.Str("id")!,
            SubscriptionId = subscriptionId,
            DisplayName = a.Get("properties").Str("displayName"),
            StatusCode = a.Get("properties").Get("status").Str("code"),
            Severity = lookup.GetValueOrDefault(a.Str("name") ?? "").Str("severity"),
            Categories = lookup.GetValueOrDefault(a.Str("name") ?? "").Joined("categories"),
            ResourceId = a.Get("properties").Get("resourceDetails").Str("id"),
            ResourceType = RecommendationRecord.ResourceTypeOf(a.Get("properties").Get("resourceDetails").Str("id")),
        })]),
    ];
}
