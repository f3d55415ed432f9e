using System.Net;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Platform.Telemetry;

/// <summary>
/// What an operator's monitoring sees of an ingestion run: the metrics on the Prometheus endpoint when it is switched
/// on, and the run's trace and metrics at an OTLP collector, with labels that never name a tenant or an integration.
/// </summary>
[Trait("Category", "App")]
public sealed class TelemetryTests
{
    [Fact]
    public async Task PrometheusEndpoint_ServesTheIngestionMetrics_WithoutIds()
    {
        await using var app = new IngestionApp(new Dictionary<string, string> { ["Telemetry:PrometheusEndpoint"] = "true" });
        var tenant = await app.CreateTenantAsync();
        var integration = await app.ConnectAsync(tenant, RequestBodies.Contoso);
        await ThrottleOnceAsync(app);
        await app.SyncAllAsync(integration);
        // An instance died holding the sign-ins' lease: the next run takes it over once it has expired.
        var expired = app.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1);
        Assert.Equal(1, await app.QueryAsync(db => db.StreamHealth.Where(h => h.IntegrationId == integration && h.Stream == StreamCatalog.SignIns)
            .ExecuteUpdateAsync(u => u.SetProperty(h => h.LeaseOwner, "crashed-instance").SetProperty(h => h.LeaseExpiresAt, expired))));
        Assert.Equal(StreamStates.Healthy, (await app.Runner.RunAsync(integration, StreamCatalog.SignIns))!.State);

        using var scraper = new HttpClient { BaseAddress = app.BaseAddress };
        var response = await scraper.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();

        // Runs by outcome and records per stream, labelled by stream, API family and cloud.
        Assert.Matches(@"homebase_ingestion_runs_total\{[^}]*api=""graph"",cloud=""sandbox"",outcome=""healthy"",stream=""sign_ins""\} 2", text);
        Assert.Matches(@"homebase_ingestion_records_total\{[^}]*api=""graph"",cloud=""sandbox"",stream=""sign_ins""\} [1-9]", text);
        Assert.Matches(@"homebase_ingestion_records_total\{[^}]*api=""defender"",cloud=""sandbox"",stream=""machines""\} [1-9]", text);
        Assert.Matches(@"homebase_ingestion_records_total\{[^}]*api=""arm"",cloud=""sandbox"",stream=""activity_logs""\} [1-9]", text);
        // The one 429 the sign-ins met, and the wait it cost.
        Assert.Matches(@"homebase_azure_throttled_total\{[^}]*api=""graph"",cloud=""sandbox""\} 1", text);
        Assert.Matches(@"homebase_azure_throttled_wait_seconds_count\{[^}]*api=""graph"",cloud=""sandbox""\} 1", text);
        Assert.Matches(@"homebase_ingestion_lease_takeovers_total\{[^}]*stream=""sign_ins""\} 1", text);
        // Lag per stream, from the database, and the outbox's depth.
        Assert.Matches(@"homebase_ingestion_lag_seconds\{[^}]*cloud=""sandbox"",stream=""sign_ins""\} \d", text);
        Assert.Matches(@"homebase_webhooks_outbox(_total)?(\{[^}]*\})? \d", text);
        // Verification (the connect verified the credentials) and ASP.NET Core's own request metrics.
        Assert.Matches(@"homebase_verification_duration_seconds_count\{[^}]*cloud=""sandbox"",outcome=""verified""\} [1-9]", text);
        Assert.Contains("http_server_request_duration_seconds", text);
        // Bounded labels only: nothing names the tenant, the integration or the Azure tenant.
        Assert.DoesNotContain(integration, text);
        Assert.DoesNotContain(tenant.Id, text);
        Assert.DoesNotContain(RequestBodies.Contoso.AzureTenantId, text);
    }

    [Fact]
    public async Task OtlpCollector_ReceivesTheRunsTraceAndMetrics()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        await using var app = new IngestionApp(new Dictionary<string, string>
        {
            ["Telemetry:OtlpEndpoint"] = collector.Endpoint,
            // Export every half second rather than every minute, so that the test sees them while it runs.
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        });
        var tenant = await app.CreateTenantAsync();
        var integration = await app.ConnectAsync(tenant, RequestBodies.Contoso);
        await ThrottleOnceAsync(app);
        await app.SyncAllAsync(integration);

        // A trace per run, with a span per page fetched (carrying Microsoft's request id) and per page committed.
        await collector.WaitForAsync("traces", ["ingestion.run", "azure.page", "ingestion.commit", "microsoft.request_id", "verification", "sign_ins"], TimeSpan.FromSeconds(30));
        await collector.WaitForAsync("metrics", ["homebase.ingestion.runs", "homebase.ingestion.records", "homebase.ingestion.lag", "homebase.verification.duration"],
            TimeSpan.FromSeconds(30));
        Assert.False(collector.Carried("metrics", integration));
    }

    /// <summary>The sandbox answers the next sign-ins page with one 429 (with Retry-After and Microsoft's request id).</summary>
    private static async Task ThrottleOnceAsync(HomeBaseApp app)
    {
        var injected = await app.SandboxControlAsync(HttpMethod.Post, "/faults", new { kind = "throttle", tenant = "contoso", path = "auditLogs/signIns", count = 1 });
        Assert.True(injected.IsSuccessStatusCode);
    }

    [Fact]
    public async Task WithoutConfiguration_NoMetricsAreServed()
    {
        await using var app = new HomeBaseApp();
        // An owner exists, so the address is not sent to the first visit's set-up page.
        await TestMembers.AddAsync(app.Services, (await app.CreateTenantAsync()).Id, HomeBase.Core.Access.Roles.Owner);
        using var scraper = new HttpClient { BaseAddress = app.BaseAddress };

        Assert.Equal(HttpStatusCode.NotFound, (await scraper.GetAsync("/metrics")).StatusCode);
    }
}
