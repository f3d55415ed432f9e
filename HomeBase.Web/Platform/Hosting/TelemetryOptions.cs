namespace HomeBase.Web.Platform.Hosting;

/// <summary>The <c>Telemetry</c> section: how HomeBase's metrics and traces leave the process (README, "Monitoring").</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>Serve the metrics for Prometheus to scrape at <c>/metrics</c>; off by default, like every way out.</summary>
    public bool PrometheusEndpoint { get; set; }

    /// <summary>
    /// OTLP export of metrics and traces: on when this (or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable, with
    /// the other <c>OTEL_EXPORTER_OTLP_*</c> settings) names a collector.
    /// </summary>
    public string? OtlpEndpoint { get; set; }
}
