using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>
/// Defender for Identity health issues (docs/microsoft-apis.md §3.4): <c>security/identities/healthIssues</c>, open,
/// closed and suppressed alike, read whole each run and then swept, so that a closed issue shows as closed.
/// </summary>
internal sealed class IdentityHealthIssuesConnector(PageFetcher fetcher) : IStreamConnector
{
    public const string Url = "security/identities/healthIssues";

    public string Stream => StreamCatalog.IdentityHealthIssues;

    public async IAsyncEnumerable<IngestionPage> ReadAsync(StreamReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in fetcher.GetAllPagesAsync(context.Client, AzureApi.Graph, Url, cancellationToken))
        {
            yield return new IngestionPage([RecordBatch.Upsert([.. page.Items().Select(Issue)])], null, null);
        }
        yield return new IngestionPage([RecordBatch.DeleteUnseenSince<IdentityHealthIssueRecord>(context.Now)], null, null);
    }

    private static IdentityHealthIssueRecord Issue(JsonObject issue) => new()
    {
        SourceId = issue.Str("id")!,
        DisplayName = issue.Str("displayName"),
        Description = issue.Str("description"),
        // Microsoft's example writes "Global" where the schema's member is "global": EnumMember stores the schema's.
        HealthIssueType = issue.EnumMember("healthIssueType"),
        IssueTypeId = issue.Str("issueTypeId"),
        Severity = issue.EnumMember("severity"),
        Status = issue.EnumMember("status"),
        CreatedAt = issue.Time("createdDateTime") ?? DateTime.MinValue,
        LastModifiedAt = issue.Time("lastModifiedDateTime"),
        DomainNames = issue.Joined("domainNames"),
        SensorDnsNames = issue.Joined("sensorDNSNames"),
        Recommendations = issue.Lines("recommendations"),
        RecommendedActionCommands = issue.Lines("recommendedActionCommands"),
        AdditionalInformation = issue.Lines("additionalInformation"),
    };
}
