using Bunit;
using HomeBase.Core.Access;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;
using HomeBase.Web.Access;
using HomeBase.Web.Integrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.Components.Ingestion;

/// <summary>The integration page shows each stream's ingestion with the same figures the database holds, blocked streams with why.</summary>
[Trait("Category", "Components")]
public sealed class IngestionTableTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>
{
    [Fact]
    public async Task IntegrationPage_ShowsEachStreamsStateRecordsAndBlockedReason()
    {
        var tenant = await fixture.App.CreateTenantAsync();
        var integration = await fixture.App.ConnectAsync(tenant, RequestBodies.Northwind);
        Assert.Equal(StreamStates.Healthy, (await fixture.App.Runner.RunAsync(integration, StreamCatalog.Users))!.State);
        Assert.Equal(StreamStates.Blocked, (await fixture.App.Runner.RunAsync(integration, StreamCatalog.RiskyUsers))!.State);
        var users = await fixture.App.StoredAsync(integration, StreamCatalog.Users);

        var viewer = await PageContexts.MemberAsync(fixture.App, tenant.Id, Roles.Viewer);
        await using var context = PageContexts.SignedIn(fixture.App, viewer.UserId, out var scope);
        using var _ = scope;
        var page = context.Render<IntegrationDetailPage>(p => p.Add(x => x.Id, integration).AddCascadingValue(new SessionInfo(tenant.Id, "127.0.0.1")));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=ingestion-table]")));
        var rows = page.FindAll("[data-testid=ingestion-table] tbody tr");
        var usersRow = rows.Single(r => r.QuerySelector("[data-stream-state=users]") is not null);
        Assert.Contains("healthy", usersRow.TextContent);
        Assert.Contains(users.ToString("N0"), usersRow.TextContent);
        var riskyRow = rows.Single(r => r.QuerySelector("[data-stream-state=risky_users]") is not null);
        Assert.Contains("blocked", riskyRow.TextContent);
        Assert.Contains("P2", riskyRow.TextContent);
        // Northwind has blocked streams: the integration's ingestion reads as blocked, never as healthy.
        Assert.Contains("blocked", page.Find("[data-testid=ingestion-state]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=sync-now]"));
    }

    [Fact]
    public async Task IntegrationPage_StreamWhoseRunDied_ShowsInterruptedWithWhereItStopped()
    {
        var tenant = await fixture.App.CreateTenantAsync();
        var integration = await fixture.App.ConnectAsync(tenant, RequestBodies.Contoso);
        Assert.Equal(StreamStates.Healthy, (await fixture.App.Runner.RunAsync(integration, StreamCatalog.SignIns))!.State);
        // What a killed instance leaves: the stream collecting under a lease nobody renews.
        var expired = fixture.App.Clock.GetUtcNow().UtcDateTime.AddSeconds(-1);
        await fixture.App.QueryAsync(db => db.StreamHealth.Where(h => h.IntegrationId == integration && h.Stream == StreamCatalog.SignIns)
            .ExecuteUpdateAsync(u => u.SetProperty(h => h.State, StreamStates.Collecting)
                .SetProperty(h => h.LeaseOwner, "another-machine/4242/0123456789abcdef").SetProperty(h => h.LeaseExpiresAt, expired)));
        await fixture.App.Services.GetRequiredService<StreamHealthSweeper>().SweepAsync();

        var viewer = await PageContexts.MemberAsync(fixture.App, tenant.Id, Roles.Viewer);
        await using var context = PageContexts.SignedIn(fixture.App, viewer.UserId, out var scope);
        using var _ = scope;
        var page = context.Render<IntegrationDetailPage>(p => p.Add(x => x.Id, integration).AddCascadingValue(new SessionInfo(tenant.Id, "127.0.0.1")));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=ingestion-table]")));
        var row = page.FindAll("[data-testid=ingestion-table] tbody tr").Single(r => r.QuerySelector("[data-stream-state=sign_ins]") is not null);
        Assert.Contains("interrupted", row.TextContent);
        Assert.Contains("stopped unexpectedly", row.TextContent);
        Assert.Contains("last page was stored at", row.TextContent);
        Assert.Contains("interrupted", page.Find("[data-testid=ingestion-state]").TextContent);
    }
}
