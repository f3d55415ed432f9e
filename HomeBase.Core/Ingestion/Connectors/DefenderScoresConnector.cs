using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>
/// Defender for Endpoint's exposure score, by organisation and by machine group, and its device secure score
/// (docs/microsoft-apis.md §4.4, <c>Score.Read.All</c>): three small reads a run, kept as the day's reading for a trend,
/// since Microsoft serves only the current value.
/// </summary>
internal sealed class DefenderScoresConnector(PageFetcher fetcher) : IStreamConnector
{
    public const string ExposureUrl = "api/exposureScore";
    public const string ExposureByGroupUrl = "api/exposureScore/ByMachineGroups";
    public const string DeviceSecureScoreUrl = "api/configurationScore";

    public string Stream => StreamCatalog.DefenderScores;

    public async IAsyncEnumerable<IngestionPage> ReadAsync(StreamReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var records = new List<DefenderScoreRecord>();
        // A tenant whose devices have not reported yet has no score: Defender answers 404, as it does for machines.
        if (await fetcher.GetEntityOrNullAsync(context.Client, AzureApi.Defender, ExposureUrl, cancellationToken) is { } exposure)
        {
            records.Add(Reading(DefenderScoreRecord.Exposure, exposure, context.Now));
            var groups = await fetcher.GetPageAsync(context.Client, AzureApi.Defender, ExposureByGroupUrl, cancellationToken);
            records.AddRange(groups.Items().Where(g => g.Str("rbacGroupName") is not null).Select(g => Reading(DefenderScoreRecord.Exposure, g, context.Now)));
        }
        if (await fetcher.GetEntityOrNullAsync(context.Client, AzureApi.Defender, DeviceSecureScoreUrl, cancellationToken) is { } device)
        {
            records.Add(Reading(DefenderScoreRecord.DeviceSecureScore, device, context.Now));
        }
        yield return new IngestionPage([RecordBatch.Upsert(records)], null, records.Count == 0 ? null : records.Max(r => r.MeasuredAt));
    }

    private static DefenderScoreRecord Reading(string kind, JsonObject score, DateTime now)
    {
        var measured = score.Time("time") ?? now;
        var group = score.Str("rbacGroupName");
        return new DefenderScoreRecord
        {
            SourceId = DefenderScoreRecord.KeyOf(kind, group, measured.Date),
            Kind = kind,
            MachineGroup = group,
            MachineGroupId = score.Str("rbacGroupId"),
            Score = score.Double("score") ?? 0,
            Day = measured.Date,
            MeasuredAt = measured,
        };
    }
}
