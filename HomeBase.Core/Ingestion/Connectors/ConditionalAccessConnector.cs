using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary><c>/identity/conditionalAccess/policies</c>: a small set, re-read in full.</summary>
internal sealed class ConditionalAccessConnector(PageFetcher fetcher) : FullReadConnector(fetcher)
{
    public override string Stream => StreamCatalog.ConditionalAccess;

    protected override AzureApi Api => AzureApi.Graph;

    protected override string FirstUrl => "identity/conditionalAccess/policies";

    protected override IEnumerable<RecordBatch> SweepUnseen(DateTime startedAt) => [RecordBatch.DeleteUnseenSince<ConditionalAccessPolicyRecord>(startedAt)];

    protected override IReadOnlyList<RecordBatch> Map(JsonObject page) =>
    [
        RecordBatch.Upsert([.. page.Items().Select(p => new ConditionalAccessPolicyRecord
        {
            SourceId = p.Str("id")!,
            DisplayName = p.Str("displayName"),
            State = p.Str("state"),
            GrantControls = p.Get("grantControls").Joined("builtInControls"),
            ConditionsJson = p.Get("conditions")?.ToJsonString(),
            CreatedAt = p.Time("createdDateTime"),
            ModifiedAt = p.Time("modifiedDateTime"),
        })]),
    ];
}
