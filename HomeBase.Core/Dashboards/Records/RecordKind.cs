using System.Linq.Expressions;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards.Records;

/// <summary>A column of a records table: its key (for sorting and filters), its header and whether it sorts.</summary>
public sealed record RecordColumn(string Key, string Header, bool Sortable);

/// <summary>A cell: its text and, for a user, an alert or a device, the page it opens.</summary>
public sealed record RecordCell(string? Text, string? Href = null);

public sealed record RecordRow(IReadOnlyList<RecordCell> Cells);

/// <summary>One page of records, and how many match in all (counted up to <see cref="CountLimit"/>: <see cref="MoreThanTotal"/> past it).</summary>
public sealed record RecordPage(IReadOnlyList<RecordColumn> Columns, IReadOnlyList<RecordRow> Rows, long Total, bool MoreThanTotal = false)
{
    /// <summary>
    /// A table counts its matches up to this many: counting every one of a million rows would make the first
    /// page slow, and the dashboards already show the exact numbers. The CSV export has every row.
    /// </summary>
    public const int CountLimit = 10_000;
}

/// <summary>What a records table asks for: its filters, the sort and the page (zero-based).</summary>
public sealed record RecordQuery(IReadOnlyDictionary<string, string> Filters, string? Sort = null, bool Descending = true, int Page = 0, int PageSize = 25);

/// <summary>A filter a records table accepts, with the words that describe it on a chip.</summary>
public sealed record RecordFilter(string Key, string Label);

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

/// <summary>A column of records of type <typeparamref name="T"/>: how to show it, link it and sort by it.</summary>
internal sealed record Column<T>(string Key, string Header, Func<T, string?> Text, Func<T, string?>? Link, Func<IQueryable<T>, bool, IOrderedQueryable<T>>? Sort)
{
    public static Column<T> Of<TKey>(string key, string header, Expression<Func<T, TKey>> sortKey, Func<T, string?> text, Func<T, string?>? link = null) =>
        new(key, header, text, link, (q, descending) => descending ? q.OrderByDescending(sortKey) : q.OrderBy(sortKey));

    public static Column<T> Plain(string key, string header, Func<T, string?> text, Func<T, string?>? link = null) => new(key, header, text, link, null);
}

internal sealed class RecordKind<T>(
    string key, string title, string stream,
    Func<HomeBaseDbContext, IQueryable<T>> source,
    Func<IQueryable<T>, DateTime, DateTime, IQueryable<T>>? window,
    IReadOnlyList<Column<T>> columns,
    IReadOnlyList<(RecordFilter Filter, Func<IQueryable<T>, string, IQueryable<T>> Apply)> filters) : RecordKind
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
        return new RecordPage(Columns, [.. rows.Select(r => new RecordRow([.. columns.Select(c => new RecordCell(c.Text(r), c.Link?.Invoke(r)))]))],
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
            if (query.Filters.TryGetValue(filter.Key, out var value) && !string.IsNullOrWhiteSpace(value)) records = apply(records, value.Trim());
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
