using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>
/// <c>Microsoft.Security/secureScores</c>: the list has one item per initiative (docs/microsoft-apis.md §6.3); the
/// product shows the default one, <c>ascScore</c>, and keeps its trend, never a sum of initiatives.
/// </summary>
internal sealed class SecureScoreConnector(PageFetcher fetcher, SubscriptionLister subscriptions, TimeProvider time) : ArmSnapshotConnector(fetcher, subscriptions)
{
    public override string Stream => StreamCatalog.SecureScore;

    protected override string FirstUrl(string subscriptionId) =>
        $"subscriptions/{subscriptionId}/providers/Microsoft.Security/secureScores?api-version=2020-01-01";

    protected override IEnumerable<RecordBatch> SweepUnseen(DateTime startedAt) => [RecordBatch.DeleteUnseenSince<SecureScoreRecord>(startedAt)];

    /// <summary>The name of the default initiative's score.</summary>
    public const string DefaultInitiative = "ascScore";

    protected override IReadOnlyList<RecordBatch> Map(JsonObject page, string subscriptionId, IReadOnlyDictionary<string, JsonObject> lookup) =>
        MapDefault([.. page.Items().Where(s => s.Str("name") == DefaultInitiative)], subscriptionId);

    private IReadOnlyList<RecordBatch> MapDefault(IReadOnlyList<JsonObject> scores, string subscriptionId) =>
    [
        RecordBatch.Upsert([.. scores.Select(s => new SecureScoreRecord
        {
            SourceId = s.Str("id")!,
            SubscriptionId = subscriptionId,
            Current = s.Get("properties").Get("score").Double("current") ?? 0,
            Max = s.Get("properties").Get("score").Double("max") ?? 0,
            Percentage = s.Get("properties").Get("score").Double("percentage") ?? 0,
        })]),
        // The day's reading, kept for the trend (a later run the same day replaces it).
        RecordBatch.UpsertUncounted([.. scores.Select(s => new SecureScoreDayRecord
        {
            SourceId = SecureScoreDayRecord.KeyOf(subscriptionId, Today),
            SubscriptionId = subscriptionId,
            Day = Today,
            Current = s.Get("properties").Get("score").Double("current") ?? 0,
            Max = s.Get("properties").Get("score").Double("max") ?? 0,
        })]),
    ];

    private DateTime Today => time.GetUtcNow().UtcDateTime.Date;
}
