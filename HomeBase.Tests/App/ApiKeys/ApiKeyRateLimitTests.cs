using System.Net;
using HomeBase.Tests.Infrastructure;

namespace HomeBase.Tests.App.ApiKeys;

/// <summary>Each key has its own request budget: a runaway script is slowed down with 429 and Retry-After, other keys are not.</summary>
[Trait("Category", "App")]
public sealed class ApiKeyRateLimitTests : IAsyncLifetime
{
    private readonly HomeBaseApp app = new AppWithThreeRequestsAMinute();

    [Fact]
    public async Task KeyOverItsBudget_Gets429WithRetryAfter_AndAnotherKeyIsUnaffected()
    {
        var busy = await app.CreateTenantAsync("Busy");
        var quiet = await app.CreateTenantAsync("Quiet");
        using var busyClient = app.CreateApiClient(busy.ApiKey);
        using var quietClient = app.CreateApiClient(quiet.ApiKey);

        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await busyClient.GetAsync("/v1/integrations")).StatusCode);
        var refused = await busyClient.GetAsync("/v1/integrations");

        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.Contains("Retry after", problem.Detail);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        Assert.Equal(HttpStatusCode.OK, (await quietClient.GetAsync("/v1/integrations")).StatusCode);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private sealed class AppWithThreeRequestsAMinute() : HomeBaseApp((builder, _) => builder.UseSetting("ApiKeys:RequestsPerMinute", "3"));
}
