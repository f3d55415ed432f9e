using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>
/// Defender for Endpoint's security recommendations (<c>/api/recommendations</c>, <c>SecurityRecommendation.Read.All</c>), read in
/// full each run with the documented maximum <c>$top</c> of 10,000 and any next link Microsoft sends, then swept.
/// </summary>
internal sealed class SecurityRecommendationsConnector(PageFetcher fetcher) : FullReadConnector(fetcher)
{
    public const int MaxTop = 10_000;

    public override string Stream => StreamCatalog.SecurityRecommendations;

    protected override AzureApi Api => AzureApi.Defender;

    protected override string FirstUrl => $"api/recommendations?$top={MaxTop}";

    protected override IEnumerable<RecordBatch> SweepUnseen(DateTime startedAt) => [RecordBatch.DeleteUnseenSince<SecurityRecommendationRecord>(startedAt)];

    // No device has reported yet: nothing to recommend, as for machines.
    protected override bool MeansEmpty(StreamReadException error) => error.Status == 404;

    protected override IReadOnlyList<RecordBatch> Map(JsonObject page) =>
    [
        RecordBatch.Upsert([.. page.Items().Select(r => new SecurityRecommendationRecord
        {
            SourceId = r.Str("id")!,
            RecommendationName = r.Str("recommendationName"),
            ProductName = r.Str("productName"),
            Vendor = r.Str("vendor"),
            RecommendedVersion = r.Str("recommendedVersion"),
            Category = r.Str("recommendationCategory"),
            SubCategory = r.Str("subCategory"),
            RemediationType = r.Str("remediationType"),
            Status = r.Str("status"),
            ExposureImpact = r.Double("exposureImpact") ?? 0,
            ConfigScoreImpact = r.Double("configScoreImpact") ?? 0,
            Weaknesses = (long)(r.Double("weaknesses") ?? 0),
            ExposedMachinesCount = (long)(r.Double("exposedMachinesCount") ?? 0),
            TotalMachineCount = (long)(r.Double("totalMachineCount") ?? 0),
            PublicExploit = r.Bool("publicExploit") ?? false,
            ActiveAlert = r.Bool("activeAlert") ?? false,
            RelatedComponent = r.Str("relatedComponent"),
            AssociatedThreats = r.Joined("associatedThreats"),
        })]),
    ];
}
