using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>
/// Defender for Identity sensors (docs/microsoft-apis.md §3.4): <c>security/identities/sensors</c>, read whole each run
/// (a tenant has one per domain controller, AD FS, AD CS or Entra Connect server), then swept.
/// </summary>
internal sealed class IdentitySensorsConnector(PageFetcher fetcher) : IStreamConnector
{
    public const string Url = "security/identities/sensors";

    public string Stream => StreamCatalog.IdentitySensors;

    public async IAsyncEnumerable<IngestionPage> ReadAsync(StreamReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in fetcher.GetAllPagesAsync(context.Client, AzureApi.Graph, Url, cancellationToken))
        {
            yield return new IngestionPage([RecordBatch.Upsert([.. page.Items().Select(Sensor)])], null, null);
        }
        yield return new IngestionPage([RecordBatch.DeleteUnseenSince<IdentitySensorRecord>(context.Now)], null, null);
    }

    private static IdentitySensorRecord Sensor(JsonObject sensor) => new()
    {
        SourceId = sensor.Str("id")!,
        DisplayName = sensor.Str("displayName"),
        DomainName = sensor.Str("domainName"),
        SensorType = sensor.EnumMember("sensorType"),
        Version = sensor.Str("version"),
        DeploymentStatus = sensor.EnumMember("deploymentStatus"),
        HealthStatus = sensor.EnumMember("healthStatus"),
        ServiceStatus = sensor.EnumMember("serviceStatus"),
        OpenHealthIssuesCount = (long)(sensor.Double("openHealthIssuesCount") ?? 0),
        DomainControllerDnsNames = sensor.Get("settings").Joined("domainControllerDnsNames"),
        CreatedAt = sensor.Time("createdDateTime"),
    };
}
