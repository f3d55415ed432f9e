using System.Globalization;
using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>
/// Defender's full vulnerability export (<c>SoftwareVulnerabilitiesByMachine</c>). The export lists every installed
/// software of every device; only its rows with a <c>cveId</c> are findings, and only those are stored.
/// </summary>
internal sealed class VulnerabilitiesConnector(PageFetcher fetcher, IOptions<IngestionOptions> options) : FullReadConnector(fetcher)
{
    public override string Stream => StreamCatalog.Vulnerabilities;

    protected override AzureApi Api => AzureApi.Defender;

    protected override string FirstUrl =>
        $"api/machines/SoftwareVulnerabilitiesByMachine?pageSize={Math.Min(200_000, options.Value.MaxPageSize).ToString(CultureInfo.InvariantCulture)}";

    protected override bool MeansEmpty(StreamReadException error) => error.Status == 404;

    protected override IEnumerable<RecordBatch> SweepUnseen(DateTime startedAt) => [RecordBatch.DeleteUnseenSince<VulnerabilityRecord>(startedAt)];

    protected override IReadOnlyList<RecordBatch> Map(JsonObject page) =>
    [
        RecordBatch.Upsert([.. page.Items().Where(v => !string.IsNullOrEmpty(v.Str("cveId"))).Select(v => new VulnerabilityRecord
        {
            SourceId = v.Str("id")!,
            DeviceId = v.Str("deviceId"),
            DeviceName = v.Str("deviceName"),
            SoftwareVendor = v.Str("softwareVendor"),
            SoftwareName = v.Str("softwareName"),
            SoftwareVersion = v.Str("softwareVersion"),
            CveId = v.Str("cveId"),
            CvssScore = v.Double("cvssScore"),
            Severity = v.Str("vulnerabilitySeverityLevel"),
            ExploitabilityLevel = v.Str("exploitabilityLevel"),
            FirstSeen = v.Time("firstSeenTimestamp"),
            LastSeen = v.Time("lastSeenTimestamp"),
        })]),
    ];
}
