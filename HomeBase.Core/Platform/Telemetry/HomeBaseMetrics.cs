using System.Diagnostics.Metrics;
using HomeBase.Core.Ingestion.Streams;

namespace HomeBase.Core.Platform.Telemetry;

/// <summary>
/// HomeBase's own metrics (meter <see cref="MeterName"/>), for an operator's alerts: exported over OTLP and on the
/// Prometheus endpoint when those are switched on (README, "Monitoring"). Labels are bounded sets only (stream, API
/// family, cloud, outcome, page): never a tenant, integration or user id, so a thousand integrations make no more
/// series than one.
/// </summary>
public sealed class HomeBaseMetrics
{
    public const string MeterName = "HomeBase";

    private readonly Counter<long> records;
    private readonly Counter<long> runs;
    private readonly Counter<long> throttled;
    private readonly Histogram<double> throttledWait;
    private readonly Counter<long> leaseTakeovers;
    private readonly Counter<long> deliveries;
    private readonly Histogram<double> deliveryDuration;
    private readonly Histogram<double> verificationDuration;
    private readonly Histogram<double> dashboardQueryDuration;

    public HomeBaseMetrics(IMeterFactory meters)
    {
        Meter = meters.Create(MeterName);
        records = Meter.CreateCounter<long>("homebase.ingestion.records", "{record}", "Records an ingestion run stored: added or changed.");
        runs = Meter.CreateCounter<long>("homebase.ingestion.runs", "{run}", "Ingestion runs, by how they ended.");
        throttled = Meter.CreateCounter<long>("homebase.azure.throttled", "{response}", "429 answers from Microsoft's APIs.");
        throttledWait = Meter.CreateHistogram<double>("homebase.azure.throttled.wait", "s", "Time spent waiting out a 429 before asking again.");
        leaseTakeovers = Meter.CreateCounter<long>("homebase.ingestion.lease_takeovers", "{lease}",
            "Stream leases taken over from a holder that stopped renewing them (a crashed or stopped instance).");
        deliveries = Meter.CreateCounter<long>("homebase.webhooks.deliveries", "{delivery}", "Webhook delivery attempts, by outcome.");
        deliveryDuration = Meter.CreateHistogram<double>("homebase.webhooks.delivery.duration", "s", "How long a webhook receiver took to answer.");
        verificationDuration = Meter.CreateHistogram<double>("homebase.verification.duration", "s", "How long verifying an integration's credentials and streams took.");
        dashboardQueryDuration = Meter.CreateHistogram<double>("homebase.dashboards.query.duration", "s", "How long a dashboard page's figures took to compute.");
    }

    /// <summary>The meter, for the observable instruments other services add (lag, outbox depth).</summary>
    public Meter Meter { get; }

    public void RunEnded(string stream, AzureApi api, string cloud, string outcome, int recordsStored)
    {
        var tags = StreamTags(stream, api, cloud);
        if (recordsStored > 0) records.Add(recordsStored, tags);
        runs.Add(1, [.. tags, new("outcome", outcome)]);
    }

    public void Throttled(AzureApi api, string cloud, TimeSpan? wait)
    {
        KeyValuePair<string, object?>[] tags = [new("api", ApiLabel(api)), new("cloud", cloud)];
        throttled.Add(1, tags);
        if (wait is { } waited) throttledWait.Record(waited.TotalSeconds, tags);
    }

    public void LeaseTakenOver(string stream) => leaseTakeovers.Add(1, new KeyValuePair<string, object?>("stream", stream));

    public void DeliveryAttempted(string outcome, TimeSpan? duration)
    {
        var tag = new KeyValuePair<string, object?>("outcome", outcome);
        deliveries.Add(1, tag);
        if (duration is { } took) deliveryDuration.Record(took.TotalSeconds, tag);
    }

    public void Verified(string cloud, string outcome, TimeSpan duration) =>
        verificationDuration.Record(duration.TotalSeconds, new("cloud", cloud), new("outcome", outcome));

    /// <summary>Runs a dashboard page's <paramref name="load"/> and records how long it took, labelled with the page (a fixed set).</summary>
    public async Task TimeDashboardAsync(string page, Func<Task> load)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await load();
        dashboardQueryDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("page", page));
    }

    /// <summary>The API family as a label: <c>graph</c>, <c>defender</c>, <c>arm</c>.</summary>
    public static string ApiLabel(AzureApi api) => api switch
    {
        AzureApi.Graph => "graph",
        AzureApi.Defender => "defender",
        AzureApi.ResourceManager => "arm",
        _ => api.ToString().ToLowerInvariant(),
    };

    private static KeyValuePair<string, object?>[] StreamTags(string stream, AzureApi api, string cloud) =>
        [new("stream", stream), new("api", ApiLabel(api)), new("cloud", cloud)];
}
