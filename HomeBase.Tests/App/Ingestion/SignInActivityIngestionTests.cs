using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>
/// Every user's signInActivity from the sandbox over HTTPS, in Microsoft's pages of at most 120 users: one row per user,
/// Microsoft's "never" (<c>0001-01-01T00:00:00Z</c>) stored as no time, and the dormant accounts the sandbox made.
/// </summary>
[Trait("Category", "App")]
public sealed class SignInActivityIngestionTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>
{
    private IngestionApp App => fixture.App;

    [Fact]
    public async Task SignInActivity_OneRowPerUser_WithTheDormantAccountsTheSandboxMade()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        await App.Runner.RunAsync(integration, StreamCatalog.Users);
        var result = await App.Runner.RunAsync(integration, StreamCatalog.SignInActivity);

        var truth = await App.GroundTruthAsync("contoso", App.BackfillStart);
        var stored = await App.QueryAsync(db => db.IngestedSignInActivity.Where(r => r.IntegrationId == integration).ToListAsync());
        Assert.True(result!.Pages > 1, "The list pages at 120 users: one page would not prove the connector follows the next link.");
        Assert.Equal(truth[StreamCatalog.SignInActivity], stored.Count);
        // A row is the user the users stream stored.
        var users = await App.QueryAsync(db => db.IngestedUsers.Where(u => u.IntegrationId == integration).Select(u => u.SourceId).ToListAsync());
        Assert.Equal(users.Order(), stored.Select(r => r.SourceId).Order());

        var cutoff = App.Clock.GetUtcNow().UtcDateTime.AddDays(-90);
        Assert.True(truth[Truth.InactiveUsers] > 0);
        Assert.Equal(truth[Truth.InactiveUsers], stored.Count(r => r.LastActivityAt is null || r.LastActivityAt < cutoff));
        // "Never" is no time at all, not the year 1; the last use is the later of the two kinds of sign-in.
        Assert.Contains(stored, r => r.LastActivityAt is null);
        Assert.DoesNotContain(stored, r => r.LastSignInAt?.Year == 1 || r.LastNonInteractiveSignInAt?.Year == 1);
        Assert.All(stored.Where(r => r.LastActivityAt is not null), r =>
            Assert.Equal(new[] { r.LastSignInAt, r.LastNonInteractiveSignInAt }.Max(), r.LastActivityAt));
        Assert.Contains(stored, r => r.LastNonInteractiveSignInAt > r.LastSignInAt);
    }
}
