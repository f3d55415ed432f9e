using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>The prepared upserts on the app's real SQLite database: new rows added, changed rows updated in place and counted, the rest left alone.</summary>
[Trait("Category", "App")]
public sealed class RowUpserterTests(HomeBaseAppFixture fixture) : IClassFixture<HomeBaseAppFixture>
{
    private static readonly DateTime First = new(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Later = First.AddHours(1);

    [Fact]
    public async Task UpsertAsync_ChangedAndUnchangedAlerts_OnlyTheChangedOneIsUpdatedAndKeepsItsFirstSeen()
    {
        var integration = NewIntegrationId();
        Assert.Equal(new WriteCounts(2, 0), await UpsertAsync(integration, First, Alert(integration, "a", "new"), Alert(integration, "b", "new")));

        var counts = await UpsertAsync(integration, Later, Alert(integration, "a", "resolved"), Alert(integration, "b", "new"));

        Assert.Equal(new WriteCounts(0, 1), counts);
        var stored = await fixture.App.QueryAsync(db => db.Set<AlertRecord>().Where(a => a.IntegrationId == integration).OrderBy(a => a.SourceId).ToListAsync());
        Assert.Equal([("a", "resolved", First, Later), ("b", "new", First, First)],
            stored.Select(a => (a.SourceId, a.Status, a.FirstSeenAt, a.LastChangedAt)));
    }

    [Fact]
    public async Task UpsertAsync_ValueToNullAndBack_CountsAsChanges()
    {
        var integration = NewIntegrationId();
        await UpsertAsync(integration, First, Alert(integration, "a", "new"));

        Assert.Equal(new WriteCounts(0, 1), await UpsertAsync(integration, Later, Alert(integration, "a", null)));
        Assert.Equal(new WriteCounts(0, 1), await UpsertAsync(integration, Later, Alert(integration, "a", "new")));
        Assert.Equal(new WriteCounts(0, 0), await UpsertAsync(integration, Later, Alert(integration, "a", "new")));
    }

    [Fact]
    public async Task UpsertAsync_UserSeenAgainUnchanged_IsNotAChangeButIsMarkedSeen()
    {
        var integration = NewIntegrationId();
        await UpsertAsync(integration, First, User(integration, "Ada"));

        var counts = await UpsertAsync(integration, Later, User(integration, "Ada"));

        Assert.Equal(new WriteCounts(0, 0), counts);
        var stored = await fixture.App.QueryAsync(db => db.Set<UserRecord>().SingleAsync(u => u.IntegrationId == integration));
        Assert.Equal((First, First, Later), (stored.FirstSeenAt, stored.LastChangedAt, stored.LastSyncedAt));
    }

    [Fact]
    public async Task UpsertAsync_TheSameRecordTwiceInAPage_StoresTheLastOnce()
    {
        var integration = NewIntegrationId();

        var counts = await UpsertAsync(integration, First, Alert(integration, "a", "new"), Alert(integration, "a", "inProgress"));

        Assert.Equal(new WriteCounts(1, 0), counts);
        Assert.Equal("inProgress", await fixture.App.QueryAsync(db => db.Set<AlertRecord>().Where(a => a.IntegrationId == integration).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task UpsertAsync_RecordMappedWithoutAnIntegration_IsStoredUnderTheWritersIntegration()
    {
        // Connectors map Microsoft's JSON without the integration id; the writer of the run's page stamps it.
        var integration = NewIntegrationId();
        var mapped = new AlertUserRecord { SourceId = "a|ada@contoso.example", AlertId = "a", UserKey = "ada@contoso.example", CreatedAt = First };

        Assert.Equal(new WriteCounts(1, 0), await UpsertAsync(integration, First, mapped));

        Assert.Equal(integration, mapped.IntegrationId);
        Assert.Equal("a", await fixture.App.QueryAsync(db => db.Set<AlertUserRecord>().Where(u => u.IntegrationId == integration).Select(u => u.AlertId).SingleAsync()));
    }

    private async Task<WriteCounts> UpsertAsync<T>(string integration, DateTime now, params T[] records) where T : IngestedRecord =>
        await fixture.App.QueryAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var counts = await new RecordWriter(db, integration, now).UpsertAsync(records, CancellationToken.None);
            await transaction.CommitAsync();
            return counts;
        });

    private static string NewIntegrationId() => $"int_{Guid.NewGuid():N}"[..24];

    private static AlertRecord Alert(string integration, string id, string? status) =>
        new() { IntegrationId = integration, SourceId = id, Title = "Suspicious sign-in", Status = status, CreatedAt = First, LastUpdateAt = First };

    private static UserRecord User(string integration, string name) =>
        new() { IntegrationId = integration, SourceId = "u1", DisplayName = name, AccountEnabled = true };
}
