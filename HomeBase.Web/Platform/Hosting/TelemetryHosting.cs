using HomeBase.Core.Platform.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace HomeBase.Web.Platform.Hosting;

/// <summary>
/// OpenTelemetry for operators: HomeBase's own metrics (<see cref="HomeBaseMetrics"/>) and traces
/// (<see cref="HomeBaseTracing"/>) with ASP.NET Core's, HttpClient's and the runtime's, exported over OTLP and served at
/// <c>/metrics</c> only where configured. With neither, nothing listens and nothing is exported.
/// </summary>
public static class TelemetryHosting
{
    public const string MetricsPath = "/metrics";

    public static WebApplicationBuilder AddHomeBaseTelemetry(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        builder.Services.AddOptions<TelemetryOptions>().Bind(builder.Configuration.GetSection(TelemetryOptions.SectionName)).ValidateOnStart();
        var otlp = settings.OtlpEndpoint ?? builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(otlp) && !settings.PrometheusEndpoint) return builder;

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("HomeBase", serviceInstanceId: Environment.MachineName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(HomeBaseMetrics.MeterName).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation();
                if (settings.PrometheusEndpoint) metrics.AddPrometheusExporter();
            })
            .WithTracing(tracing => tracing.AddSource(HomeBaseTracing.SourceName).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation());
        // A collector named in HomeBase's settings takes OTLP over HTTP (the signal's path appended); one named by the
        // standard variables is used as they say (gRPC unless OTEL_EXPORTER_OTLP_PROTOCOL says otherwise).
        if (!string.IsNullOrWhiteSpace(settings.OtlpEndpoint)) telemetry.UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.HttpProtobuf, new Uri(settings.OtlpEndpoint));
        else if (!string.IsNullOrWhiteSpace(otlp)) telemetry.UseOtlpExporter();
        return builder;
    }

    public static WebApplication MapHomeBaseTelemetry(this WebApplication app)
    {
        // The gauges read from the database register themselves with the meter when first made.
        app.Services.GetRequiredService<DatabaseGauges>();
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<TelemetryOptions>>().Value.PrometheusEndpoint)
        {
            // Like /readyz: no sign-in, so that a scraper can read it; it names no tenant, integration or person.
            app.MapPrometheusScrapingEndpoint(MetricsPath).AllowAnonymous();
        }
        return app;
    }
}
