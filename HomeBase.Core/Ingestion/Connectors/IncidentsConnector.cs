using System.Text.Json;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>
/// <c>/security/incidents</c> (docs/microsoft-apis.md §3.3): filtered on <c>lastUpdateDateTime</c> (one of the properties the
/// page says support <c>$filter</c>), so an incident that is triaged, reassigned or resolved is read again and updated in
/// place. Its alerts come from the alerts stream, linked by their <c>incidentId</c>.
/// </summary>
internal sealed class IncidentsConnector(PageFetcher fetcher, IOptions<IngestionOptions> options) : WatermarkConnector<IncidentRecord>(fetcher, options)
{
    public override string Stream => StreamCatalog.Incidents;

    protected override string Path => "security/incidents";

    protected override string WatermarkField => "lastUpdateDateTime";

    /// <summary>The page names no maximum; Defender's own incidents API pages by 50, so HomeBase asks for no more.</summary>
    protected override int MaxTop => 50;

    protected override IncidentRecord Map(JsonElement i) => new()
    {
        SourceId = i.Str("id")!,
        DisplayName = i.Str("displayName"),
        Severity = i.EnumMember("severity"),
        Status = i.EnumMember("status"),
        Classification = i.EnumMember("classification"),
        Determination = i.EnumMember("determination"),
        AssignedTo = i.Str("assignedTo"),
        CreatedAt = i.Time("createdDateTime") ?? default,
        LastUpdateAt = i.Time("lastUpdateDateTime") ?? i.Time("createdDateTime") ?? default,
        IncidentWebUrl = i.Str("incidentWebUrl"),
        RedirectIncidentId = i.Str("redirectIncidentId"),
        Description = i.Str("description"),
        CustomTags = i.Joined("customTags"),
        SystemTags = i.Joined("systemTags"),
    };
}
