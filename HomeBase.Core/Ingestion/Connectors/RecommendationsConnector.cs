using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary><c>Microsoft.Security/assessments</c> with their metadata (severity, categories).</summary>
internal sealed class RecommendationsConnector(PageFetcher fetcher, SubscriptionLister subscriptions) : ArmSnapshotConnector(fetcher, subscriptions)
{
    public override string Stream => StreamCatalog.Recommendations;

    protected override string FirstUrl(string subscriptionId) =>
        $"subscriptions/{subscriptionId}/providers/Microsoft.Security/assessments?api-version=2021-06-01&$expand=metadata";

    protected override IEnumerable<RecordBatch> SweepUnseen(DateTime startedAt) => [RecordBatch.DeleteUnseenSince<RecommendationRecord>(startedAt)];

    protected override IReadOnlyList<RecordBatch> Map(JsonObject page, string subscriptionId) =>
    [
        RecordBatch.Upsert([.. page.Items().Select(a => new RecommendationRecord
        {
            SourceId = a.Str("id")!,
            SubscriptionId = subscriptionId,
            DisplayName = a["properties"].Str("displayName"),
            StatusCode = a["properties"]?["status"].Str("code"),
            Severity = a["properties"]?["metadata"].Str("severity"),
            Categories = a["properties"]?["metadata"].Joined("categories"),
            ResourceId = a["properties"]?["resourceDetails"].Str("id"),
            ResourceType = RecommendationRecord.ResourceTypeOf(a["properties"]?["resourceDetails"].Str("id")),
        })]),
    ];
}
