using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>
/// Every answer from Azure is read with a size limit and a deadline covering its whole body: an answer that never
/// ends or never finishes fails its stream with the reason, instead of filling memory or holding the run for ever.
/// </summary>
[Trait("Category", "App")]
public sealed class BoundedResponseTests : IAsyncLifetime
{
    private readonly IngestionApp app = new(new Dictionary<string, string>
    {
        ["Azure:MaxResponseMegabytes"] = "16",
        ["Azure:ResponseTimeoutSeconds"] = "5",
        ["Ingestion:MaxAttempts"] = "2",
    });

    [Fact]
    public async Task AnAnswerPastTheSizeLimit_FailsTheStreamWithTheReason_AndIsNotAskedAgain()
    {
        var integration = await app.ConnectAsync(await app.CreateTenantAsync(), RequestBodies.Contoso);
        await InjectAsync("oversized", "auditLogs/signIns", count: 5, delayMs: 0);

        var run = await app.Runner.RunAsync(integration, StreamCatalog.SignIns);

        Assert.Equal(StreamStates.Failing, run!.State);
        var health = await HealthAsync(integration);
        Assert.Equal("response_too_large", health.LastErrorCode);
        Assert.Contains("larger than 16 MB (Azure:MaxResponseMegabytes)", health.LastError);
        // Asking again would only read the same 16 MB again: the one answer was the only one asked for.
        var left = JsonNode.Parse(await (await app.SandboxControlAsync(HttpMethod.Get, "/faults")).Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal(4, left.Single()!["Count"]?.GetValue<int>() ?? left.Single()!["count"]!.GetValue<int>());

        await app.SandboxControlAsync(HttpMethod.Delete, "/faults");
        Assert.Equal(StreamStates.Healthy, (await app.Runner.RunAsync(integration, StreamCatalog.SignIns))!.State);
    }

    [Fact]
    public async Task AnAnswerThatNeverFinishes_FailsTheStreamAtTheDeadline()
    {
        var integration = await app.ConnectAsync(await app.CreateTenantAsync(), RequestBodies.Contoso);
        // The body starts at once and would finish after two minutes: past the five-second deadline, every attempt.
        await InjectAsync("stalled", "auditLogs/signIns", count: 10, delayMs: 120_000);

        var run = await app.Runner.RunAsync(integration, StreamCatalog.SignIns);

        Assert.Equal(StreamStates.Failing, run!.State);
        var health = await HealthAsync(integration);
        Assert.Equal("unreachable", health.LastErrorCode);
        Assert.Contains("no complete answer within 5 s (Azure:ResponseTimeoutSeconds)", health.LastError);
    }

    private async Task InjectAsync(string kind, string path, int count, int delayMs)
    {
        var response = await app.SandboxControlAsync(HttpMethod.Post, "/faults", new { kind, tenant = "contoso", path, count, delayMs });
        response.EnsureSuccessStatusCode();
    }

    private Task<StreamHealth> HealthAsync(string integration) =>
        app.QueryAsync(db => db.StreamHealth.AsNoTracking().SingleAsync(h => h.IntegrationId == integration && h.Stream == StreamCatalog.SignIns));

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await app.SandboxControlAsync(HttpMethod.Delete, "/faults");
        await app.DisposeAsync();
    }
}
