using System.Text.Json;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary><c>/identityProtection/riskyUsers</c> on <c>riskLastUpdatedDateTime</c>; the first run reads every risky user.</summary>
internal sealed class RiskyUsersConnector(PageFetcher fetcher, IOptions<IngestionOptions> options) : WatermarkConnector<RiskyUserRecord>(fetcher, options)
{
    public override string Stream => StreamCatalog.RiskyUsers;

    protected override string Path => "identityProtection/riskyUsers";

    protected override string WatermarkField => "riskLastUpdatedDateTime";

    protected override bool BackfillWindow => false;

    protected override int MaxTop => 500;

    protected override RiskyUserRecord Map(JsonElement u) => new()
    {
        SourceId = u.Str("id")!,
        UserDisplayName = u.Str("userDisplayName"),
        UserPrincipalName = u.Str("userPrincipalName"),
        RiskLevel = u.Str("riskLevel"),
        RiskState = u.Str("riskState"),
        RiskDetail = u.Str("riskDetail"),
        RiskLastUpdatedAt = u.Time("riskLastUpdatedDateTime"),
        IsDeleted = u.Bool("isDeleted") == true,
    };
}
