using HomeBase.Tests.Infrastructure;

namespace HomeBase.Tests.App.Sandbox;

/// <summary>Each throttling family answers 429 at its documented limit, with or without Retry-After, and recovers.</summary>
[Trait("Category", "App")]
public sealed class SandboxThrottlingTests(ThrottledSandboxFixture sandbox) : IClassFixture<ThrottledSandboxFixture>
{
    [Theory]
    [InlineData("contoso", "https://graph.microsoft.com/.default", "/graph/v1.0/auditLogs/directoryAudits?$top=1", 5, 10, true)]
    [InlineData("tailspin", "https://graph.microsoft.com/.default", "/graph/v1.0/identityProtection/riskDetections?$top=1", 1, 1, false)]
    [InlineData("fabrikam", "https://graph.microsoft.com/.default", "/graph/v1.0/security/alerts_v2?$top=1", 150, 60, true)]
    [InlineData("northwind", "https://graph.microsoft.com/.default", "/graph/v1.0/users?$top=1", 2000, 10, true)]
    [InlineData("contoso", "https://api.securitycenter.microsoft.com/.default", "/mde/api/machines?$top=1", 100, 60, true)]
    [InlineData("tailspin", "https://api.securitycenter.microsoft.com/.default", "/mde/api/machines/SoftwareVulnerabilitiesByMachine?pageSize=1", 30, 60, true)]
    public async Task Family_AtItsLimit_Answers429ThenRecovers(string tenant, string scope, string path, int limit, int windowSeconds, bool retryAfter)
    {
        if (tenant == "tailspin") await sandbox.ControlAsync(HttpMethod.Post, "/tenants/tailspin/secrets", new { value = "Sbx8Q~tailspin.rotated-secret-for-tests", expires_in_days = 30 });
        var token = tenant == "tailspin"
            ? await TailspinTokenAsync(scope)
            : await sandbox.TokenAsync(tenant, scope);

        for (var i = 0; i < limit; i++)
        {
            var (ok, body, _) = await sandbox.GetAsync(token, path);
            Assert.True(ok is 200 or 403, $"request {i + 1} answered {ok}: {body?.ToJsonString()}");
        }
        var (status, error, response) = await sandbox.GetAsync(token, path);

        Assert.Equal(429, status);
        Assert.NotNull(error!["error"]);
        if (retryAfter)
        {
            var seconds = response.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
            Assert.InRange(seconds, 1, windowSeconds);
        }
        else
        {
            Assert.Null(response.Headers.RetryAfter);
        }

        sandbox.Clock.Advance(TimeSpan.FromSeconds(windowSeconds));
        var (recovered, _, _) = await sandbox.GetAsync(token, path);
        Assert.True(recovered is 200 or 403, $"after the window the family still answered {recovered}");
    }

    [Fact]
    public async Task ArmReads_TokenBucketEmptiesThenRefillsAtItsRate()
    {
        var token = await sandbox.TokenAsync("contoso", "https://management.azure.com/.default");
        await sandbox.ControlAsync(HttpMethod.Put, "/throttling/arm_reads", new { limit = 10, refill_per_second = 2 });
        try
        {
            for (var i = 0; i < 10; i++) Assert.Equal(200, (await sandbox.GetAsync(token, "/arm/subscriptions?api-version=2022-12-01")).Status);
            var (status, _, response) = await sandbox.GetAsync(token, "/arm/subscriptions?api-version=2022-12-01");
            Assert.Equal(429, status);
            Assert.NotNull(response.Headers.RetryAfter);

            sandbox.Clock.Advance(TimeSpan.FromSeconds(1)); // two tokens back
            Assert.Equal(200, (await sandbox.GetAsync(token, "/arm/subscriptions?api-version=2022-12-01")).Status);
            Assert.Equal(200, (await sandbox.GetAsync(token, "/arm/subscriptions?api-version=2022-12-01")).Status);
            Assert.Equal(429, (await sandbox.GetAsync(token, "/arm/subscriptions?api-version=2022-12-01")).Status);
        }
        finally
        {
            await sandbox.ControlAsync(HttpMethod.Delete, "/throttling");
        }
    }

    [Fact]
    public async Task Limit_IsAdjustableAtRunTime()
    {
        var token = await sandbox.TokenAsync("northwind");
        await sandbox.ControlAsync(HttpMethod.Put, "/throttling/graph_reports", new { limit = 2, window_seconds = 30 });
        try
        {
            Assert.Equal(200, (await sandbox.GetAsync(token, "/graph/v1.0/auditLogs/signIns?$top=1")).Status);
            Assert.Equal(200, (await sandbox.GetAsync(token, "/graph/v1.0/auditLogs/signIns?$top=1")).Status);
            var (status, _, response) = await sandbox.GetAsync(token, "/graph/v1.0/auditLogs/signIns?$top=1");
            Assert.Equal(429, status);
            Assert.InRange(response.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 30);
        }
        finally
        {
            await sandbox.ControlAsync(HttpMethod.Delete, "/throttling");
        }
    }

    private async Task<string> TailspinTokenAsync(string scope)
    {
        var tailspin = sandbox.Tenant("tailspin");
        var response = await sandbox.RequestTokenAsync(tailspin.TenantId.ToString(), tailspin.ClientId.ToString(), "Sbx8Q~tailspin.rotated-secret-for-tests", scope);
        response.EnsureSuccessStatusCode();
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["access_token"]!.GetValue<string>();
    }
}
