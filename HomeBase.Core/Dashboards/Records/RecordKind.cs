using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards.Records;

/// <summary>
/// One kind of ingested record as the drill-down tables and the CSV export show it. Its columns, filters
/// and time field are declared once in <see cref="RecordCatalog"/>; every query runs in the database.
/// </summary>
public abstract class RecordKind
{
    public abstract string Key { get; }

    public abstract string Title { get; }

    /// <summary>The stream that fills it, for the blocked empty state.</summary>
    public abstract string Stream { get; }

    /// <summary>False for current-state records (devices, findings, risky users): the time range does not narrow them.</summary>
    public abstract bool TimeBound { get; }

    public abstract IReadOnlyList<RecordColumn> Columns { get; }

    public abstract IReadOnlyList<RecordFilter> Filters { get; }

    /// <summary>This table's filters among a page's query parameters (the scope's and unknown ones are not filters).</summary>
    public IReadOnlyDictionary<string, string> FiltersIn(IEnumerable<KeyValuePair<string, string>> query) =>
        query.Where(q => Filters.Any(f => f.Key == q.Key)).ToDictionary(q => q.Key, q => q.Value);

    internal abstract Task<RecordPage> PageAsync(HomeBaseDbContext db, DashboardScope scope, RecordQuery query, CancellationToken cancellationToken);

    internal abstract IAsyncEnumerable<IReadOnlyList<string?>> ExportAsync(HomeBaseDbContext db, DashboardScope scope, RecordQuery query, CancellationToken cancellationToken);
}

internal sealed class RecordKind<T>(
    string key, string title, string stream,
    Func<HomeBaseDbContext, IQueryable<T>> source,
    Func<IQueryable<T>, DateTime, DateTime, IQueryable<T>>? window,
    IReadOnlyList<Column<T>> columns,
    IReadOnlyList<(RecordFilter Filter, Func<HomeBaseDbContext, IQueryable<T>, string, IQueryable<T>> Apply)> filters) : RecordKind
    where T : IngestedRecord
{
    public override string Key => key;

    public override string Title => title;

    public override string Stream => stream;

    public override bool TimeBound => window is not null;

    public override IReadOnlyList<RecordColumn> Columns { get; } = [.. columns.Select(c => new RecordColumn(c.Key, c.Header, c.Sort is not null))];

    public override IReadOnlyList<RecordFilter> Filters { get; } = [.. filters.Select(f => f.Filter)];

    internal override async Task<RecordPage> PageAsync(HomeBaseDbContext db, DashboardScope scope, RecordQuery query, CancellationToken cancellationToken)
    {
        var matching = Where(db, scope, query);
        var total = await matching.Take(RecordPage.CountLimit + 1).LongCountAsync(cancellationToken);
        var size = Math.Clamp(query.PageSize, 1, 500);
        var rows = await Ordered(matching, query).Skip(Math.Max(0, query.Page) * size).Take(size).ToListAsync(cancellationToken);
        return new RecordPage(Columns, [.. rows.Select(r => new RecordRow([.. columns.Select(c => new RecordCell(c.Shown(r), c.Link?.Invoke(r)))]))],
            Math.Min(total, RecordPage.CountLimit), total > RecordPage.CountLimit);
    }

    internal override async IAsyncEnumerable<IReadOnlyList<string?>> ExportAsync(
        HomeBaseDbContext db, DashboardScope scope, RecordQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Streamed row by row from the database: an export of millions of rows never sits in memory.
        await foreach (var record in Ordered(Where(db, scope, query), query).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return [.. columns.Select(c => c.Text(record))];
        }
    }

    private IQueryable<T> Where(HomeBaseDbContext db, DashboardScope scope, RecordQuery query)
    {
        var ids = scope.Ids;
        var records = source(db).AsNoTracking().Where(r => ids.Contains(r.IntegrationId));
        if (window is not null) records = window(records, scope.Range.From, scope.Range.To);
        foreach (var (filter, apply) in filters)
        {
            if (query.Filters.TryGetValue(filter.Key, out var value) && !string.IsNullOrWhiteSpace(value)) records = apply(db, records, value.Trim());
        }
        return records;
    }

    private IQueryable<T> Ordered(IQueryable<T> records, RecordQuery query)
    {
        var column = columns.FirstOrDefault(c => c.Sort is not null && c.Key == query.Sort) ?? columns.First(c => c.Sort is not null);
        // The source id breaks ties, so that pages never repeat or skip a row.
        return column.Sort!(records, query.Descending).ThenBy(r => r.SourceId);
    }
}
