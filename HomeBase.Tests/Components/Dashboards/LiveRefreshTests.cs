using Bunit;
using HomeBase.Core.Access;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;
using HomeBase.Web.Access;
using HomeBase.Web.Dashboards;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.Components.Dashboards;

/// <summary>An open dashboard shows what a sync brought, without a reload. Its own app: the test moves the clock.</summary>
[Trait("Category", "Components")]
public sealed class LiveRefreshTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>
{
    [Fact]
    public async Task OpenAlertsDashboard_ShowsNewAlertsAfterTheNextSync()
    {
        var app = fixture.App;
        var tenant = await app.CreateTenantAsync();
        var integration = await app.ConnectAsync(tenant, RequestBodies.Contoso);
        await app.Runner.RunAsync(integration, StreamCatalog.Alerts);
        var viewer = await PageContexts.MemberAsync(app, tenant.Id, Roles.Viewer);
        Task<long> StoredAsync()
        {
            var since = app.Clock.GetUtcNow().UtcDateTime.AddDays(-7);
            return app.QueryAsync(db => db.IngestedAlerts.LongCountAsync(a => a.IntegrationId == integration && a.CreatedAt >= since));
        }
        var before = await StoredAsync();

        await using var context = PageContexts.SignedIn(app, viewer.UserId, out var scope);
        using var _ = scope;
        context.Services.GetRequiredService<NavigationManager>().NavigateTo($"/dashboards/alerts?integration={integration}&range=7d");
        var page = context.Render<AlertsPage>(p => p.AddCascadingValue(new SessionInfo(tenant.Id, "127.0.0.1")));
        string Shown() => page.Find("[data-testid=headline-alerts] [data-testid=headline-value]").TextContent.Trim();
        page.WaitForAssertion(() => Assert.Equal(before.ToString("N0"), Shown()), TimeSpan.FromSeconds(10));

        // Half a day later the sandbox has raised new alerts, and the scheduler's next run stores them.
        app.Clock.Advance(TimeSpan.FromHours(12));
        await app.Runner.RunAsync(integration, StreamCatalog.Alerts);
        var after = await StoredAsync();
        Assert.NotEqual(before, after);

        // The page notices at its next check (the refresh interval on the app's clock) and shows the new count.
        for (var attempt = 0; attempt < 100 && Shown() != after.ToString("N0"); attempt++)
        {
            app.Clock.Advance(TimeSpan.FromSeconds(11));
            await Task.Delay(50);
        }
        Assert.Equal(after.ToString("N0"), Shown());
    }
}
