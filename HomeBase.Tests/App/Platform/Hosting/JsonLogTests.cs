using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using HomeBase.Tests.Infrastructure;

namespace HomeBase.Tests.App.Platform.Hosting;

/// <summary>
/// Logs for a log shipper: with <c>Logging:Console:FormatterName=json</c> the app writes one JSON object per line,
/// and at the most talkative level (Trace, every category) no line carries the client secret or the API key.
/// </summary>
[Trait("Category", "App")]
public sealed class JsonLogTests : IAsyncLifetime
{
    private ProcessSandbox world = null!;

    public async ValueTask InitializeAsync() => world = await ProcessSandbox.StartAsync("homebase-json-logs-", signIns: 500);

    public async ValueTask DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task JsonConsoleLogs_AreOneObjectALine_AndCarryNoSecretAtAnyLevel()
    {
        var settings = world.Settings(new Dictionary<string, string?>
        {
            ["Logging:Console:FormatterName"] = "json",
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Trace",
            ["Ingestion:Scheduler:TickSeconds"] = "1",
        });
        var tenantId = await AppProcess.RunCommandAsync(settings, "tenants", "create", "--name", "Acme");
        var apiKey = await AppProcess.RunCommandAsync(settings, "api-keys", "create", "--tenant", tenantId, "--name", "json-logs");
        await using var app = await AppProcess.StartAsync(settings);
        using var client = ProcessSandbox.Client(app, apiKey);

        // A connect (verification included), some ingestion, and a rotation: the secret passes through everything.
        var integration = await ProcessSandbox.ConnectAsync(client, tenantId);
        await ProcessSandbox.WaitForStreamsAsync(client, integration, streams => streams["data"]!.AsArray().Any(s => s!["state"]!.GetValue<string>() == "healthy"));
        await world.ControlAsync(HttpMethod.Post, "/tenants/contoso/secrets", new { value = "Json8Q~contoso.rotated-with-json-logs", expiresInDays = 700 });
        var rotated = await client.PostAsync($"/v1/integrations/{integration}/credentials", new JsonObject { ["client_secret"] = "Json8Q~contoso.rotated-with-json-logs" }.Json());
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        // Read while the app runs: only whole lines are kept then, where a kill could cut the last one short.
        var lines = app.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        await app.KillAsync();
        Assert.True(lines.Length > 100, $"Only {lines.Length} log lines at Trace.");
        foreach (var line in lines)
        {
            JsonDocument entry;
            try
            {
                entry = JsonDocument.Parse(line);
            }
            catch (JsonException e)
            {
                throw new Xunit.Sdk.XunitException($"Not one JSON object: {line}\n({e.Message})");
            }
            using (entry) Assert.True(entry.RootElement.TryGetProperty("Category", out _) && entry.RootElement.TryGetProperty("Message", out _), line);
        }
        Assert.Contains(lines, l => l.Contains("\"Category\":\"HomeBase.", StringComparison.Ordinal));
        foreach (var secret in new[] { RequestBodies.Contoso.Secret, "Json8Q~contoso.rotated-with-json-logs", apiKey })
        {
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.Ordinal));
        }
    }
}
