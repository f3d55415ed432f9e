using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>
/// Directory audits from the sandbox over HTTPS, each filed under the area and signal the sandbox says it has: the
/// role an "Add member to role" names, the keys a credential update adds, the state a policy update leaves.
/// </summary>
[Trait("Category", "App")]
public sealed class DirectoryChangeIngestionTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>
{
    private IngestionApp App => fixture.App;

    [Fact]
    public async Task DirectoryAudits_AreFiledByAreaAndSignal_AsTheSandboxMadeThem()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        await App.Runner.RunAsync(integration, StreamCatalog.DirectoryAudits);

        var truth = await App.GroundTruthAsync("contoso", App.BackfillStart);
        var stored = await App.QueryAsync(db => db.IngestedDirectoryAudits.Where(a => a.IntegrationId == integration).ToListAsync());
        Assert.Equal(truth[StreamCatalog.DirectoryAudits], stored.Count);
        foreach (var area in DirectoryChangeAreas.All)
        {
            Assert.True(truth[Truth.ChangesIn(area)] == stored.LongCount(a => a.Area == area), $"{area}: the sandbox made {truth[Truth.ChangesIn(area)]}.");
        }
        foreach (var signal in DirectoryChangeSignals.All)
        {
            Assert.True(truth[Truth.ChangesFlagged(signal)] > 0, $"The sandbox made no {signal}: a match would prove nothing.");
            Assert.True(truth[Truth.ChangesFlagged(signal)] == stored.LongCount(a => a.Signal == signal), $"{signal}: the sandbox made {truth[Truth.ChangesFlagged(signal)]}.");
        }

        // A role change targets the user (by id, with only a principal name) and names the role it gave.
        var roleChanges = stored.Where(a => a.Area == DirectoryChangeAreas.Roles).ToList();
        Assert.NotEmpty(roleChanges);
        Assert.All(roleChanges, a =>
        {
            Assert.Equal("User", a.TargetType);
            Assert.NotNull(a.RoleName);
            Assert.Contains('@', a.TargetDisplayName!);
            Assert.True(Guid.TryParse(a.TargetId, out _));
        });
        Assert.All(stored.Where(a => a.Signal == DirectoryChangeSignals.GlobalAdministratorAdded), a => Assert.Equal("Global Administrator", a.RoleName));
        // A failed change is never a signal, whatever it tried.
        Assert.DoesNotContain(stored, a => a.Result == "failure" && a.Signal is not null);
    }
}
