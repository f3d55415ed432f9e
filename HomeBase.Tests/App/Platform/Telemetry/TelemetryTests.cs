using System.Net;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Webhooks;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.App.Platform.Telemetry;

/// <summary>
/// What an operator's monitoring sees of an ingestion run: the metrics on the Prometheus endpoint when it is switched
/// on, and the run's trace and metrics at an OTLP collector, with labels that never name a tenant or an integration.
/// </summary>
[Trait("Category", "App")]
[Collection(AloneInProcess.Name)]
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
        // A webhook test event delivered (the dashboards' own duration is proved with a rendered page: DashboardMetricsTests).
        await using var receiver = await WebhookReceiver.StartAsync();
        using var api = app.CreateApiClient(tenant.ApiKey);
        var endpoint = await api.PostAsync("/v1/webhook_endpoints", RequestBodies.Json($$"""{"url":"{{receiver.Url}}","enabled_events":["integration.health_changed"]}"""));
        Assert.Equal(HttpStatusCode.Created, endpoint.StatusCode);
        var endpointId = System.Text.Json.Nodes.JsonNode.Parse(await endpoint.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.Accepted, (await api.PostAsync($"/v1/webhook_endpoints/{endpointId}/test", null)).StatusCode);
        await app.Services.GetRequiredService<WebhookDispatcher>().DeliverDueAsync();

        using var scraper = new HttpClient { BaseAddress = app.BaseAddress };
        var response = await scraper.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();

        // Runs by outcome and records per stream, labelled by stream, API family and cloud.
        AssertMetric(text, @"homebase_ingestion_runs_total\{[^}]*api=""graph"",cloud=""sandbox"",outcome=""healthy"",stream=""sign_ins""\} 2");
        AssertMetric(text, @"homebase_ingestion_records_total\{[^}]*api=""graph"",cloud=""sandbox"",stream=""sign_ins""\} [1-9]");
        AssertMetric(text, @"homebase_ingestion_records_total\{[^}]*api=""defender"",cloud=""sandbox"",stream=""machines""\} [1-9]");
        AssertMetric(text, @"homebase_ingestion_records_total\{[^}]*api=""arm"",cloud=""sandbox"",stream=""activity_logs""\} [1-9]");
        // The one 429 the sign-ins met, and the wait it cost.
        AssertMetric(text, @"homebase_azure_throttled_total\{[^}]*api=""graph"",cloud=""sandbox""\} 1");
        AssertMetric(text, @"homebase_azure_throttled_wait_seconds_count\{[^}]*api=""graph"",cloud=""sandbox""\} 1");
        AssertMetric(text, @"homebase_ingestion_lease_takeovers_total\{[^}]*stream=""sign_ins""\} 1");
        // Lag per stream, from the database, and the outbox's depth.
        AssertMetric(text, @"homebase_ingestion_lag_seconds\{[^}]*cloud=""sandbox"",stream=""sign_ins""\} \d");
        AssertMetric(text, @"homebase_webhooks_outbox(_total)?(\{[^}]*\})? \d");
        // The webhook attempt and how long the receiver took.
        AssertMetric(text, @"homebase_webhooks_deliveries_total\{[^}]*outcome=""succeeded""\} 1");
        AssertMetric(text, @"homebase_webhooks_delivery_duration_seconds_count\{[^}]*outcome=""succeeded""\} 1");
        // Verification (the connect verified the credentials) and ASP.NET Core's own request metrics.
        AssertMetric(text, @"homebase_verification_duration_seconds_count\{[^}]*cloud=""sandbox"",outcome=""verified""\} [1-9]");
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

        // A trace per run, with a span per page fetched (carrying Microsoft's request id) and per page committed; a verification with a span per probe.
        await collector.WaitForAsync("traces", ["ingestion.run", "azure.page", "ingestion.commit", "microsoft.request_id", "verification", "verification.probe", "sign_ins"], TimeSpan.FromSeconds(30));
        await collector.WaitForAsync("metrics", ["homebase.ingestion.runs", "homebase.ingestion.records", "homebase.ingestion.lag", "homebase.verification.duration"],
            TimeSpan.FromSeconds(30));
        Assert.False(collector.Carried("metrics", integration));
    }

    /// <summary>Asserts that a sample matches <paramref name="pattern"/>, showing the metric's samples when none does.</summary>
    private static void AssertMetric(string text, string pattern)
    {
        var name = pattern[..pattern.IndexOfAny(['\\', '(', '{'])];
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(text, pattern),
            $"No sample matches {pattern}; the samples of {name}:\n" + string.Join("\n", text.Split('\n').Where(l => l.StartsWith(name, StringComparison.Ordinal))));
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
