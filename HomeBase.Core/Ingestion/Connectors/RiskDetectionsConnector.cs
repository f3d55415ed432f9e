using System.Text.Json;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary><c>/identityProtection/riskDetections</c> on <c>lastUpdatedDateTime</c>.</summary>
internal sealed class RiskDetectionsConnector(PageFetcher fetcher, IOptions<IngestionOptions> options) : WatermarkConnector<RiskDetectionRecord>(fetcher, options)
{
    public override string Stream => StreamCatalog.RiskDetections;

    protected override string Path => "identityProtection/riskDetections";

    protected override string WatermarkField => "lastUpdatedDateTime";

    protected override int MaxTop => 500;

    protected override RiskDetectionRecord Map(JsonElement d) => new()
    {
        SourceId = d.Str("id")!,
        RiskEventType = d.Str("riskEventType"),
        RiskLevel = d.Str("riskLevel"),
        RiskState = d.Str("riskState"),
        UserId = d.Str("userId"),
        UserPrincipalName = d.Str("userPrincipalName"),
        IpAddress = d.Str("ipAddress"),
        CountryOrRegion = d.Get("location").Str("countryOrRegion"),
        DetectedAt = d.Time("detectedDateTime"),
        LastUpdatedAt = d.Time("lastUpdatedDateTime"),
    };
}
