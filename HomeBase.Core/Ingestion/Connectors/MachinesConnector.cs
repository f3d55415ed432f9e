using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>Defender for Endpoint <c>/api/machines</c>, read in full (60-minute interval, small per device).</summary>
internal sealed class MachinesConnector(PageFetcher fetcher, IOptions<IngestionOptions> options) : FullReadConnector(fetcher)
{
    public override string Stream => StreamCatalog.Machines;

    protected override AzureApi Api => AzureApi.Defender;

    protected override string FirstUrl => $"api/machines?$top={Math.Min(10_000, options.Value.MaxPageSize)}";

    protected override IEnumerable<RecordBatch> SweepUnseen(DateTime startedAt) => [RecordBatch.DeleteUnseenSince<MachineRecord>(startedAt)];

    // Defender answers 404 ResourceNotFound when no device has reported recently: an empty fleet, not an error.
    protected override bool MeansEmpty(StreamReadException error) => error.Status == 404;

    protected override IReadOnlyList<RecordBatch> Map(JsonObject page) =>
    [
        RecordBatch.Upsert([.. page.Items().Select(m => new MachineRecord
        {
            SourceId = m.Str("id")!,
            ComputerDnsName = m.Str("computerDnsName"),
            OsPlatform = m.Str("osPlatform"),
            HealthStatus = m.Str("healthStatus"),
            RiskScore = m.Str("riskScore"),
            ExposureLevel = m.Str("exposureLevel"),
            LastIpAddress = m.Str("lastIpAddress"),
            AadDeviceId = m.Str("aadDeviceId"),
            OnboardingStatus = m.Str("onboardingStatus"),
            FirstSeen = m.Time("firstSeen"),
            LastSeen = m.Time("lastSeen"),
        })]),
    ];
}
