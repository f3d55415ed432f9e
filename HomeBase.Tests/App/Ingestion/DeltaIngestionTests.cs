using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>Users and groups through Graph's delta protocol: removals are marked deleted, expired delta links resync.</summary>
[Trait("Category", "App")]
public sealed class DeltaIngestionTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>
{
    private IngestionApp App => fixture.App;

    [Fact]
    public async Task SyncUsers_UserCreatedAndDeletedSinceLastRun_DeltaAddsOneAndMarksTheOtherDeleted()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        await SyncDirectoryAsync(integration);
        var victim = await AnyUserAsync(integration);

        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await ChangeUserAsync("delete", victim);
        var created = await ChangeUserAsync("create", null);
        var users = await App.Runner.RunAsync(integration, StreamCatalog.Users);
        var groups = await App.Runner.RunAsync(integration, StreamCatalog.Groups);

        Assert.Equal((StreamStates.Healthy, 1, 1), (users!.State, users.RecordsAdded, users.RecordsUpdated));
        var deleted = await App.QueryAsync(db => db.IngestedUsers.SingleAsync(u => u.IntegrationId == integration && u.SourceId == victim));
        Assert.Equal(App.Clock.GetUtcNow().UtcDateTime, deleted.DeletedAt);
        Assert.True(await App.QueryAsync(db => db.IngestedUsers.AnyAsync(u => u.IntegrationId == integration && u.SourceId == created && u.DeletedAt == null)));
        await AssertUsersMatchGroundTruthAsync(integration);
        // The deleted user's memberships went with it.
        Assert.Equal(StreamStates.Healthy, groups!.State);
        Assert.False(await App.QueryAsync(db => db.IngestedGroupMembers.AnyAsync(m => m.IntegrationId == integration && m.MemberId == victim && m.DeletedAt == null)));
    }

    [Fact]
    public async Task SyncUsers_ExpiredDeltaToken_FullResyncMarksUsersDeletedMeanwhile()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        await SyncDirectoryAsync(integration);
        var victim = await AnyUserAsync(integration);
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await ChangeUserAsync("delete", victim);
        await App.SandboxControlAsync(HttpMethod.Post, "/faults", new { kind = "expired_delta_token", tenant = "contoso", path = "/users/delta", count = 1 });

        var users = await App.Runner.RunAsync(integration, StreamCatalog.Users);

        Assert.Equal(StreamStates.Healthy, users!.State);
        Assert.NotNull(await App.QueryAsync(db => db.IngestedUsers.Where(u => u.IntegrationId == integration && u.SourceId == victim).Select(u => u.DeletedAt).SingleAsync()));
        await AssertUsersMatchGroundTruthAsync(integration);
        Assert.Empty(await FaultsLeftAsync());
    }

    private async Task SyncDirectoryAsync(string integration)
    {
        Assert.Equal(StreamStates.Healthy, (await App.Runner.RunAsync(integration, StreamCatalog.Users))!.State);
        Assert.Equal(StreamStates.Healthy, (await App.Runner.RunAsync(integration, StreamCatalog.Groups))!.State);
    }

    private Task<string> AnyUserAsync(string integration) =>
        App.QueryAsync(db => db.IngestedGroupMembers.Where(m => m.IntegrationId == integration).OrderBy(m => m.SourceId).Select(m => m.MemberId).FirstAsync());

    private async Task<string> ChangeUserAsync(string action, string? id)
    {
        var response = await App.SandboxControlAsync(HttpMethod.Post, "/tenants/contoso/users", new { action, id });
        response.EnsureSuccessStatusCode();
        return System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
    }

    private async Task AssertUsersMatchGroundTruthAsync(string integration)
    {
        var truth = await App.GroundTruthAsync("contoso", App.BackfillStart);
        Assert.Equal(truth[StreamCatalog.Users], await App.StoredAsync(integration, StreamCatalog.Users));
    }

    private async Task<string> FaultsLeftAsync() => await (await App.SandboxControlAsync(HttpMethod.Get, "/faults")).Content.ReadAsStringAsync() is "[]" ? "" : "faults left";
}
