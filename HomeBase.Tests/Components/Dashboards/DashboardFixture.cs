using Bunit;
using HomeBase.Core.Access;
using HomeBase.Tests.Infrastructure;
using HomeBase.Web.Access;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.Components.Dashboards;

/// <summary>
/// One tenant with sandbox contoso and northwind connected and synced once (every stream), and a viewer:
/// the known data the dashboard tests read. Shared by the tests of a class; they only read.
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    public IngestionApp App { get; } = new(new Dictionary<string, string> { ["Dashboards:RefreshInterval"] = "00:00:05" });

    public TestTenant Tenant { get; private set; } = default!;

    public string Contoso { get; private set; } = "";

    public string Northwind { get; private set; } = "";

    public TenantAccess Viewer { get; private set; } = default!;

    public DateTime Now => App.Clock.GetUtcNow().UtcDateTime;

    public async ValueTask InitializeAsync()
    {
        Tenant = await App.CreateTenantAsync();
        Contoso = await App.ConnectAsync(Tenant, RequestBodies.Contoso);
        Northwind = await App.ConnectAsync(Tenant, RequestBodies.Northwind);
        await App.SyncAllAsync(Contoso);
        await App.SyncAllAsync(Northwind);
        Viewer = await PageContexts.MemberAsync(App, Tenant.Id, Roles.Viewer);
    }

    /// <summary>Renders a dashboard at <paramref name="address"/> (with its query) as the viewer.</summary>
    public IRenderedComponent<TPage> Render<TPage>(BunitContext context, string address, Action<ComponentParameterCollectionBuilder<TPage>>? parameters = null)
        where TPage : IComponent
    {
        context.Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        return context.Render<TPage>(p =>
        {
            p.AddCascadingValue(new SessionInfo(Tenant.Id, "127.0.0.1"));
            parameters?.Invoke(p);
        });
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
