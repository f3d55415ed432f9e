using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HomeBase.Tests.Infrastructure;

namespace HomeBase.Tests.App.Sandbox;

/// <summary>Injected faults, per tenant or per path: each happens for its count of requests, then the service is normal again.</summary>
[Trait("Category", "App")]
public sealed class SandboxFaultTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>, IAsyncLifetime
{
    private const string Users = "/graph/v1.0/users?$top=5";

    [Theory]
    [InlineData("throttle", 429, true)]
    [InlineData("throttle_without_retry_after", 429, false)]
    [InlineData("server_error", 500, false)]
    [InlineData("unavailable", 503, true)]
    public async Task ErrorFault_HappensForItsCountThenStops(string kind, int status, bool retryAfter)
    {
        var token = await sandbox.TokenAsync("contoso");
        await AddFault(new { kind, tenant = "contoso", count = 2, retry_after_seconds = 7 });

        for (var i = 0; i < 2; i++)
        {
            var (got, body, response) = await sandbox.GetAsync(token, Users);
            Assert.Equal(status, got);
            Assert.NotNull(body!["error"]!["code"]);
            Assert.Equal(retryAfter, response.Headers.RetryAfter is not null);
        }
        Assert.Equal(200, (await sandbox.GetAsync(token, Users)).Status);
    }

    [Fact]
    public async Task Fault_ForOneTenant_LeavesOthersAlone()
    {
        await AddFault(new { kind = "server_error", tenant = "northwind" });
        Assert.Equal(500, (await sandbox.GetAsync(await sandbox.TokenAsync("northwind"), Users)).Status);
        Assert.Equal(200, (await sandbox.GetAsync(await sandbox.TokenAsync("contoso"), Users)).Status);
    }

    [Fact]
    public async Task Fault_ForOnePath_LeavesOtherPathsAlone()
    {
        var token = await sandbox.TokenAsync("contoso");
        await AddFault(new { kind = "unavailable", path = "/auditLogs/signIns" });
        Assert.Equal(503, (await sandbox.GetAsync(token, "/graph/v1.0/auditLogs/signIns?$top=1")).Status);
        Assert.Equal(200, (await sandbox.GetAsync(token, Users)).Status);
    }

    [Fact]
    public async Task SlowFault_DelaysTheResponse()
    {
        var token = await sandbox.TokenAsync("contoso");
        await AddFault(new { kind = "slow", tenant = "contoso", count = 1, delay_ms = 700 });
        var clock = Stopwatch.StartNew();
        var (status, _, _) = await sandbox.GetAsync(token, Users);
        Assert.Equal(200, status);
        Assert.True(clock.ElapsedMilliseconds >= 650, $"took {clock.ElapsedMilliseconds} ms");
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("malformed")]
    public async Task DamagedPage_IsNotValidJson(string kind)
    {
        var token = await sandbox.TokenAsync("contoso");
        await AddFault(new { kind, tenant = "contoso", count = 1 });
        var (status, body, response) = await sandbox.GetAsync(token, Users);
        Assert.Equal(200, status);
        Assert.Null(body); // could not be parsed
        Assert.NotEmpty(await response.Content.ReadAsStringAsync());
        Assert.NotNull((await sandbox.GetAsync(token, Users)).Body);
    }

    [Fact]
    public async Task ExpiredDeltaTokenFault_AppliesToDeltaLinksOnly()
    {
        var token = await sandbox.TokenAsync("contoso");
        var (_, _, last) = await sandbox.GetAllAsync(token, "/graph/v1.0/users/delta");
        await AddFault(new { kind = "expired_delta_token", tenant = "contoso", count = 1 });

        Assert.Equal(200, (await sandbox.GetAsync(token, Users)).Status);
        var (status, body, _) = await sandbox.GetAsync(token, last["@odata.deltaLink"]!.GetValue<string>());
        Assert.Equal(400, status);
        Assert.Equal("syncStateNotFound", body!["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnknownFaultKind_IsRefusedWithTheKnownKinds()
    {
        var response = await sandbox.ControlAsync(HttpMethod.Post, "/faults", new { kind = "gremlins" });
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("throttle", (await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!.GetValue<string>());
    }

    private async Task AddFault(object fault) => (await sandbox.ControlAsync(HttpMethod.Post, "/faults", fault)).EnsureSuccessStatusCode();

    public async ValueTask InitializeAsync() => await sandbox.ControlAsync(HttpMethod.Delete, "/faults");

    public async ValueTask DisposeAsync() => await sandbox.ControlAsync(HttpMethod.Delete, "/faults");
}
