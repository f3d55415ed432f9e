using System.Net;
using System.Net.Sockets;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>The host stopped in the middle of a run: committed pages stay, the next host resumes, nothing is lost or doubled.</summary>
[Trait("Category", "App")]
public sealed class RestartIngestionTests
{
    [Fact]
    public async Task Sync_HostKilledMidRun_RestartedHostEndsWithExactCountsAndNoDuplicates()
    {
        var directory = Directory.CreateTempSubdirectory("homebase-restart-").FullName;
        var start = IngestionApp.WholeSecondNow();
        // Same sandbox port and clock start on both hosts: the restarted sandbox serves the same tenant data.
        var settings = new Dictionary<string, string> { ["Sandbox:Port"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture), ["Ingestion:MaxPageSize"] = "100" };
        try
        {
            string integration;
            long storedAtKill;
            await using (var first = new IngestionApp(directory, start, settings))
            {
                integration = await first.ConnectAsync(await first.CreateTenantAsync(), RequestBodies.Contoso);
                await first.SandboxControlAsync(HttpMethod.Post, "/faults", new { kind = "slow", tenant = "contoso", path = "auditLogs/signIns", delay_ms = 150 });
                var run = Task.Run(() => first.Runner.RunAsync(integration, StreamCatalog.SignIns));
                await WaitForPagesAsync(first, integration, 3);

                await first.DisposeAsync();
                await Assert.ThrowsAnyAsync<Exception>(() => run);
                storedAtKill = await CountDirectAsync(directory, integration);
            }
            Assert.True(storedAtKill >= 300, $"Pages committed before the kill stay: {storedAtKill}");

            await using var second = new IngestionApp(directory, start, settings);
            // The dead host's lease holds the stream until it expires: no second runner can start meanwhile.
            Assert.Equal(StreamRunResult.AlreadyRunning, (await second.Runner.RunAsync(integration, StreamCatalog.SignIns))!.State);
            var killedRunStarted = second.Clock.GetUtcNow().UtcDateTime;
            second.Clock.Advance(TimeSpan.FromMinutes(11));
            var resumed = await second.Runner.RunAsync(integration, StreamCatalog.SignIns);

            Assert.Equal(StreamStates.Healthy, resumed!.State);
            // The resumed run reads the interrupted run's window, from its own start up to now.
            var truth = await second.GroundTruthAsync("contoso", killedRunStarted.AddDays(-7));
            Assert.True(truth[StreamCatalog.SignIns] > storedAtKill);
            Assert.Equal(truth[StreamCatalog.SignIns], await second.StoredAsync(integration, StreamCatalog.SignIns));
            Assert.Equal(truth[StreamCatalog.SignIns] - storedAtKill, resumed.RecordsAdded);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            TestDatabase.Drop(directory);
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task WaitForPagesAsync(IngestionApp app, string integration, int pages)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var done = await app.QueryAsync(db => db.StreamRuns.Where(r => r.IntegrationId == integration).Select(r => r.Pages).FirstOrDefaultAsync());
            if (done >= pages) return;
            await Task.Delay(50);
        }
        Assert.Fail($"The run did not reach {pages} pages.");
    }

    private static async Task<long> CountDirectAsync(string directory, string integration)
    {
        await using var db = TestDatabase.OpenContext(directory);
        return await db.IngestedSignIns.LongCountAsync(s => s.IntegrationId == integration);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
