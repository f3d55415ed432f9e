using System.Text.Json;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>
/// <c>/security/alerts_v2</c>: the first run backfills by <c>createdDateTime</c>, later runs follow
/// <c>lastUpdateDateTime</c> so triaged and resolved alerts are updated in place.
/// </summary>
internal sealed class AlertsConnector(PageFetcher fetcher, IOptions<IngestionOptions> options) : WatermarkConnector<AlertRecord>(fetcher, options)
{
    public override string Stream => StreamCatalog.Alerts;

    protected override string Path => "security/alerts_v2";

    protected override string WatermarkField => "lastUpdateDateTime";

    protected override string BackfillField => "createdDateTime";

    protected override int MaxTop => 2000;

    /// <summary>The people each alert names, indexed for their User 360 page.</summary>
    protected override IEnumerable<RecordBatch> Alongside(IReadOnlyList<AlertRecord> records) =>
        [RecordBatch.UpsertUncounted([.. records.SelectMany(AlertUserRecord.Of)]), RecordBatch.UpsertUncounted([.. records.SelectMany(AlertIndicatorRecord.Of)])];

    protected override AlertRecord Map(JsonElement a)
    {
        var evidence = AlertEvidenceReader.Read(a.Get("evidence"));
        return new()
        {
            SourceId = a.Str("id")!,
            Title = a.Str("title"),
            Severity = a.Str("severity"),
            Status = a.Str("status"),
            Classification = a.Str("classification"),
            Determination = a.Str("determination"),
            ServiceSource = a.Str("serviceSource"),
            DetectionSource = a.Str("detectionSource"),
            // "category" is deprecated for "categories" (docs/microsoft-apis.md §3.1); older alerts may carry only the first.
            Categories = a.Joined("categories") is { Length: > 0 } categories ? categories : a.Str("category"),
            IncidentId = a.Str("incidentId"),
            AssignedTo = a.Str("assignedTo"),
            MitreTechniques = a.Joined("mitreTechniques"),
            CreatedAt = a.Time("createdDateTime") ?? default,
            LastUpdateAt = a.Time("lastUpdateDateTime") ?? a.Time("createdDateTime") ?? default,
            ResolvedAt = a.Time("resolvedDateTime"),
            UserPrincipalNames = AlertRecord.Wrap(evidence.Where(e => e.Kind == AlertEvidence.User).Select(e => e.Name)),
            UserIds = AlertRecord.Wrap(evidence.Where(e => e.Kind == AlertEvidence.User).Select(e => e.Id)),
            DeviceIds = AlertRecord.Wrap(evidence.Where(e => e.Kind == AlertEvidence.Device).Select(e => e.Id)),
            DeviceNames = AlertRecord.Wrap(evidence.Where(e => e.Kind == AlertEvidence.Device).Select(e => e.Name)),
            Accounts = AlertRecord.Wrap(evidence.Where(e => e.Kind == AlertEvidence.User).Select(e => e.Name ?? e.Account ?? e.Id)),
            Evidence = evidence.Count == 0 ? null : AlertEvidence.Serialize(evidence),
        };
    }
}
