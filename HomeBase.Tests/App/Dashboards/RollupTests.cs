using HomeBase.Core.Dashboards.Rollups;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.App.Dashboards;

/// <summary>
/// The dashboards' hourly counts always equal a count of the records: after a first sync, after alerts change
/// status in a later sync, and after retention removes old records.
/// </summary>
[Trait("Category", "App")]
public sealed class RollupTests : IAsyncLifetime
{
    private readonly IngestionApp app = new(new Dictionary<string, string>
    {
        ["Ingestion:RetentionDays"] = "5",
        // Each recount says so at Debug: how a test sees which hours were counted again.
        ["Logging:LogLevel:HomeBase.Core.Dashboards.Rollups"] = "Debug",
    });

    /// <summary>Every stored count of every metric against the same counts made from the records now.</summary>
    private async Task AssertRollupsEqualRecordsAsync(string integration)
    {
        using var scope = app.Services.CreateScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<HomeBaseDbContext>>().CreateDbContextAsync();
        await using var _ = db;
        foreach (var metric in scope.ServiceProvider.GetServices<RollupMetric>())
        {
            var stored = await db.Rollups.AsNoTracking().Where(r => r.IntegrationId == integration && r.Metric == metric.Name).ToListAsync();
            var counted = await metric.ComputeAsync(db, [integration], DateTime.UnixEpoch, DateTime.UtcNow.AddYears(1), CancellationToken.None);
            Assert.True(counted.Count > 0, $"{metric.Name}: nothing to count, the comparison would prove nothing.");
            var expected = counted.Select(r => $"{r.Hour:O} {r.Dimension} {r.Value} {r.Count}").Order().ToList();
            var actual = stored.Select(r => $"{DateTime.SpecifyKind(r.Hour, DateTimeKind.Utc):O} {r.Dimension} {r.Value} {r.Count}").Order().ToList();
            Assert.Equal(expected, actual);
        }
        Assert.Equal(0, await db.RollupDirtyHours.CountAsync(d => d.IntegrationId == integration));
    }

    [Fact]
    public async Task Rollups_FollowSyncsStatusChangesAndRetention()
    {
        var integration = await app.ConnectAsync(await app.CreateTenantAsync(), RequestBodies.Contoso);
        await app.SyncAllAsync(integration);
        await AssertRollupsEqualRecordsAsync(integration);

        // Two days on, alerts have been triaged and resolved and new events have come: the hours they touch are counted again.
        var statusesBefore = await app.QueryAsync(db => db.IngestedAlerts.Where(a => a.IntegrationId == integration).Select(a => a.SourceId + a.Status).ToListAsync());
        app.Clock.Advance(TimeSpan.FromDays(2));
        foreach (var stream in new[] { StreamCatalog.Alerts, StreamCatalog.SignIns, StreamCatalog.ActivityLogs }) await app.Runner.RunAsync(integration, stream);
        var statusesAfter = await app.QueryAsync(db => db.IngestedAlerts.Where(a => a.IntegrationId == integration).Select(a => a.SourceId + a.Status).ToListAsync());
        Assert.NotEmpty(statusesBefore.Except(statusesAfter));
        await AssertRollupsEqualRecordsAsync(integration);

        // Retention (five days here) removes old records, and their hours with them.
        Assert.True(await app.Services.GetRequiredService<RetentionService>().PurgeAsync() > 0);
        await AssertRollupsEqualRecordsAsync(integration);
        var cutoff = app.Clock.GetUtcNow().UtcDateTime.AddDays(-5);
        Assert.Equal(0, await app.QueryAsync(db => db.Rollups.CountAsync(r => r.Metric == StreamCatalog.SignIns && r.Hour < cutoff.AddHours(-1))));
    }

    [Fact]
    public async Task ReadingUnchangedRecordsAgain_RecountsNoHour()
    {
        var integration = await app.ConnectAsync(await app.CreateTenantAsync(), RequestBodies.Contoso);
        await app.SyncAllAsync(integration);
        Assert.Contains(app.Logs.Lines, l => l.Contains("Rollups of sign_ins rebuilt", StringComparison.Ordinal));

        // The same moment again: the watermark's overlap reads records that are stored already and changed nothing.
        var linesBefore = app.Logs.Lines.Count;
        foreach (var stream in new[] { StreamCatalog.Alerts, StreamCatalog.SignIns, StreamCatalog.ActivityLogs })
        {
            var run = await app.Runner.RunAsync(integration, stream);
            Assert.Equal(StreamStates.Healthy, run!.State);
            Assert.True(run.Pages > 0, $"{stream}: the run read nothing, so it proves nothing.");
            Assert.Equal((0, 0), (run.RecordsAdded, run.RecordsUpdated));
        }
        var rebuilt = app.Logs.Lines.Skip(linesBefore).Where(l => l.Contains("rebuilt", StringComparison.Ordinal)).ToList();
        Assert.Empty(rebuilt);
        await AssertRollupsEqualRecordsAsync(integration);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
