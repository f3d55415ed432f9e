using HomeBase.Core.Dashboards;
using HomeBase.Core.Dashboards.Records;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using MudBlazor;

namespace HomeBase.Web.Dashboards.Records;

public partial class RecordsPage
{
    private MudDataGrid<RecordRow>? grid;
    private RecordKind? definition;
    private Coverage? coverage;
    private long? total;
    private bool more;
    private GridData<RecordRow> shown = new() { Items = [], TotalItems = 0 };

    private string TotalText => total is not { } t ? "" : more ? $"more than {t:N0} records" : $"{t:N0} record(s)";

    [Parameter]
    public string Kind { get; set; } = "";

    [Inject]
    private DataCoverage Coverages { get; set; } = default!;

    /// <summary>The table's own filters, from the address: every query parameter that is not the scope.</summary>
    private IReadOnlyList<(string Key, string? Value)> Filters { get; set; } = [];

    private string ExportHref => $"/export/{Kind}.csv" + DashboardLinks.Query(Scope!, [.. Filters]);

    protected override async Task LoadAsync(DashboardScope scope)
    {
        definition = RecordCatalog.Find(Kind);
        if (definition is null) return;
        Filters = [.. definition.FiltersIn(QueryHelpers.ParseQuery(new Uri(Navigation.Uri).Query).Select(q => KeyValuePair.Create(q.Key, q.Value.ToString())))
            .Select(f => (f.Key, (string?)f.Value))];
        coverage = await Coverages.GetAsync(scope, [definition.Stream]);
        if (grid is not null) await grid.ReloadServerData();
    }

    private async Task<GridData<RecordRow>> LoadRowsAsync(GridState<RecordRow> state, CancellationToken cancellationToken)
    {
        if (definition is null || Scope is null) return new GridData<RecordRow> { Items = [], TotalItems = 0 };
        var sort = state.SortDefinitions.FirstOrDefault();
        var query = new RecordQuery(Filters.ToDictionary(f => f.Key, f => f.Value ?? ""),
            definition.Columns.FirstOrDefault(c => c.Key == sort?.SortBy || c.Header == sort?.SortBy)?.Key, sort?.Descending ?? true, state.Page, state.PageSize);
        RecordPage page;
        try
        {
            page = (await Records.PageAsync(Scope, Kind, query, cancellationToken)).Value!;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // A newer load (a live refresh while the first page was still loading) superseded this one: it shows the
            // rows; this one keeps what is on screen rather than failing the circuit or blanking the table.
            return shown;
        }
        (total, more) = (page.Total, page.MoreThanTotal);
        await InvokeAsync(StateHasChanged);
        return shown = new GridData<RecordRow> { Items = page.Rows, TotalItems = (int)Math.Min(int.MaxValue, page.Total) };
    }

    private void Remove(string key) =>
        Navigation.NavigateTo($"/records/{Kind}" + DashboardLinks.Query(Scope!, [.. Filters.Where(f => f.Key != key)]));
}
