using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Streams;

namespace HomeBase.Core.Azure.Connectors;

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

/// <summary>Regulatory compliance: each standard of each subscription, then that standard's controls.</summary>
internal sealed class ComplianceConnector(PageFetcher fetcher, SubscriptionLister subscriptions) : ArmSnapshotConnector(fetcher, subscriptions)
{
    private const string ApiVersion = "api-version=2019-01-01-preview";

    public override string Stream => StreamCatalog.Compliance;

    protected override string FirstUrl(string subscriptionId) =>
        $"subscriptions/{subscriptionId}/providers/Microsoft.Security/regulatoryComplianceStandards?{ApiVersion}";

    protected override IEnumerable<RecordBatch> SweepUnseen(DateTime startedAt) =>
        [RecordBatch.DeleteUnseenSince<ComplianceStandardRecord>(startedAt), RecordBatch.DeleteUnseenSince<ComplianceControlRecord>(startedAt)];

    public override async IAsyncEnumerable<IngestionPage> ReadAsync(StreamReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var standardsPage in base.ReadAsync(context, cancellationToken))
        {
            yield return standardsPage;
            var standards = standardsPage.Batches.SelectMany(b => b.Records<ComplianceStandardRecord>()).ToList();
            foreach (var standard in standards)
            {
                var url = $"subscriptions/{standard.SubscriptionId}/providers/Microsoft.Security/regulatoryComplianceStandards/{Uri.EscapeDataString(standard.Name)}/regulatoryComplianceControls?{ApiVersion}";
                await foreach (var page in ReadAllAsync(context, url, cancellationToken))
                {
                    yield return new IngestionPage([RecordBatch.Upsert([.. page.Items().Select(c => Control(c, standard))])], null, null);
                }
            }
        }
    }

    protected override IReadOnlyList<RecordBatch> Map(JsonObject page, string subscriptionId) =>
    [
        RecordBatch.Upsert([.. page.Items().Select(s => new ComplianceStandardRecord
        {
            SourceId = s.Str("id")!,
            SubscriptionId = subscriptionId,
            Name = s.Str("name")!,
            State = s["properties"].Str("state"),
            PassedControls = s["properties"].Int("passedControls"),
            FailedControls = s["properties"].Int("failedControls"),
            SkippedControls = s["properties"].Int("skippedControls"),
        })]),
    ];

    private static ComplianceControlRecord Control(JsonObject c, ComplianceStandardRecord standard) => new()
    {
        SourceId = c.Str("id")!,
        SubscriptionId = standard.SubscriptionId,
        StandardName = standard.Name,
        ControlName = c.Str("name")!,
        Description = c["properties"].Str("description"),
        State = c["properties"].Str("state"),
        PassedAssessments = c["properties"].Int("passedAssessments"),
        FailedAssessments = c["properties"].Int("failedAssessments"),
        SkippedAssessments = c["properties"].Int("skippedAssessments"),
    };
}
