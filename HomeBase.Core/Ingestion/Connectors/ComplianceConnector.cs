using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;

namespace HomeBase.Core.Ingestion.Connectors;

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

    protected override IReadOnlyList<RecordBatch> Map(JsonObject page, string subscriptionId, IReadOnlyDictionary<string, JsonObject> lookup) =>
    [
        RecordBatch.Upsert([.. page.Items().Select(s => new ComplianceStandardRecord
        {
            SourceId = s.Str("id")!,
            SubscriptionId = subscriptionId,
            Name = s.Str("name")!,
            State = s.Get("properties").Str("state"),
            PassedControls = s.Get("properties").Int("passedControls"),
            FailedControls = s.Get("properties").Int("failedControls"),
            SkippedControls = s.Get("properties").Int("skippedControls"),
        })]),
    ];

    private static ComplianceControlRecord Control(JsonObject c, ComplianceStandardRecord standard) => new()
    {
        SourceId = c.Str("id")!,
        SubscriptionId = standard.SubscriptionId,
        StandardName = standard.Name,
        ControlName = c.Str("name")!,
        Description = c.Get("properties").Str("description"),
        State = c.Get("properties").Str("state"),
        PassedAssessments = c.Get("properties").Int("passedAssessments"),
        FailedAssessments = c.Get("properties").Int("failedAssessments"),
        SkippedAssessments = c.Get("properties").Int("skippedAssessments"),
    };
}
