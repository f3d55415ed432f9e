using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Bunit;
using HomeBase.Core.Access;
using HomeBase.Core.Platform.Telemetry;
using HomeBase.Tests.Infrastructure;
using HomeBase.Web.Access;
using HomeBase.Web.Dashboards;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.Components.Dashboards;

/// <summary>Each dashboard's load is timed into <c>homebase.dashboards.query.duration</c>, labelled with the page alone.</summary>
[Trait("Category", "Components")]
public sealed class DashboardMetricsTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>
{
    [Fact]
    public async Task OpeningTheOverview_RecordsHowLongItsFiguresTook()
    {
        var tenant = await fixture.App.CreateTenantAsync();
        var integration = await fixture.App.ConnectAsync(tenant, RequestBodies.Contoso);
        await fixture.App.SyncAllAsync(integration);
        var viewer = await PageContexts.MemberAsync(fixture.App, tenant.Id, Roles.Viewer);

        // This app's meter only: other tests' apps in the process have their own.
        var meter = fixture.App.Services.GetRequiredService<HomeBaseMetrics>().Meter;
        var measured = new ConcurrentBag<(double Seconds, KeyValuePair<string, object?>[] Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == meter && instrument.Name == "homebase.dashboards.query.duration") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) => measured.Add((value, tags.ToArray())));
        listener.Start();

        await using var context = PageContexts.SignedIn(fixture.App, viewer.UserId, out var scope);
        using var _ = scope;
        var page = context.Render<OverviewPage>(p => p.AddCascadingValue(new SessionInfo(tenant.Id, "127.0.0.1")));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=overview-integrations]")), TimeSpan.FromSeconds(10));

        Assert.NotEmpty(measured);
        Assert.All(measured, m =>
        {
            Assert.True(m.Seconds > 0);
            Assert.Equal([new KeyValuePair<string, object?>("page", "OverviewPage")], m.Tags);
        });
    }
}
