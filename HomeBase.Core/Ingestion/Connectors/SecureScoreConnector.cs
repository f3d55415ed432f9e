using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary><c>Microsoft.Security/secureScores</c>: one snapshot per subscription.</summary>
internal sealed class SecureScoreConnector(PageFetcher fetcher, SubscriptionLister subscriptions, TimeProvider time) : ArmSnapshotConnector(fetcher, subscriptions)
{
    public override string Stream => StreamCatalog.SecureScore;

    protected override string FirstUrl(string subscriptionId) =>
        $"subscriptions/{subscriptionId}/providers/Microsoft.Security/secureScores?api-version=2020-01-01";

    protected override IEnumerable<RecordBatch> SweepUnseen(DateTime startedAt) => [RecordBatch.DeleteUnseenSince<SecureScoreRecord>(startedAt)];

    protected override IReadOnlyList<RecordBatch> Map(JsonObject page, string subscriptionId) =>
    [
        RecordBatch.Upsert([.. page.Items().Select(s => new SecureScoreRecord
        {
            SourceId = s.Str("id")!,
            SubscriptionId = subscriptionId,
            Current = s["properties"]?["score"].Double("current") ?? 0,
            Max = s["properties"]?["score"].Double("max") ?? 0,
            Percentage = s["properties"]?["score"].Double("percentage") ?? 0,
        })]),
        // The day's reading, kept for the trend (a later run the same day replaces it).
        RecordBatch.UpsertUncounted([.. page.Items().Select(s => new SecureScoreDayRecord
        {
            SourceId = SecureScoreDayRecord.KeyOf(subscriptionId, Today),
            SubscriptionId = subscriptionId,
            Day = Today,
            Current = s["properties"]?["score"].Double("current") ?? 0,
            Max = s["properties"]?["score"].Double("max") ?? 0,
        })]),
    ];

    private DateTime Today => time.GetUtcNow().UtcDateTime.Date;
}
