using HomeBase.Core.Access;
using HomeBase.Core.Dashboards;
using HomeBase.Core.Platform.Telemetry;
using HomeBase.Web.Platform.Shared;
using Microsoft.AspNetCore.Components;

namespace HomeBase.Web.Dashboards;

/// <summary>
/// A dashboard: its filters live in the address (integration, range, from, to), so every view can be linked
/// and reloaded; it resolves them into a checked scope, loads its data, and reloads by itself when a sync
/// brings new data (see <see cref="LiveRefresh"/>).
/// </summary>
public abstract class DashboardPage : TenantPage
{
    private string? loadedFor;
    private LiveRefresh? refresh;

    [SupplyParameterFromQuery(Name = "integration")]
    public string? IntegrationFilter { get; set; }

    [SupplyParameterFromQuery(Name = "range")]
    public string? RangeFilter { get; set; }

    [SupplyParameterFromQuery(Name = "from")]
    public string? FromFilter { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    public string? ToFilter { get; set; }

    [Inject]
    private DashboardScopes Scopes { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private LiveRefreshFactory RefreshFactory { get; set; } = default!;

    [Inject]
    private HomeBaseMetrics Metrics { get; set; } = default!;

    protected override string RequiredRole => Roles.Viewer;

    protected DashboardScope? Scope { get; private set; }

    /// <summary>Why the filters in the address cannot be used, in words.</summary>
    protected string? FilterError { get; private set; }

    protected override async Task OnParametersSetAsync()
    {
        // The same page with other filters: the address changed, load again.
        if (Loaded && Allowed && loadedFor is not null && loadedFor != Navigation.Uri) await OnAccessAsync();
    }

    protected sealed override async Task OnAccessAsync()
    {
        loadedFor = Navigation.Uri;
        var scope = await Scopes.ResolveAsync(Access!, IntegrationFilter, RangeFilter, TimeRange.Day(FromFilter), TimeRange.Day(ToFilter));
        Scope = scope.Value;
        FilterError = scope.Failure?.Explanation;
        if (Scope is not { } resolved) return;
        await Metrics.TimeDashboardAsync(GetType().Name, () => LoadAsync(resolved));
        refresh ??= RefreshFactory.Start(() => Scope?.Ids ?? [], ReloadAsync);
    }

    /// <summary>Loads the page's figures for the scope.</summary>
    protected abstract Task LoadAsync(DashboardScope scope);

    private async Task ReloadAsync()
    {
        if (Scope is null) return;
        await InvokeAsync(async () =>
        {
            // A preset range ends now: move it along with the clock.
            var moved = Scope with { Range = Scope.Range.Key == TimeRange.Custom ? Scope.Range : TimeRange.Preset(Scope.Range.Key, Scopes.Now) };
            Scope = moved;
            await Metrics.TimeDashboardAsync(GetType().Name, () => LoadAsync(moved));
            StateHasChanged();
        });
    }

    public override void Dispose()
    {
        refresh?.Dispose();
        base.Dispose();
    }
}
