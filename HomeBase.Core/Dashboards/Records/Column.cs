using System.Linq.Expressions;

namespace HomeBase.Core.Dashboards.Records;

/// <summary>A column of records of type <typeparamref name="T"/>: how to show it, link it and sort by it.</summary>
internal sealed record Column<T>(string Key, string Header, Func<T, string?> Text, Func<T, string?>? Link, Func<IQueryable<T>, bool, IOrderedQueryable<T>>? Sort)
{
    /// <summary>How the page shows the text (an API value's display name); the CSV export keeps the text itself.</summary>
    public Func<string?, string?>? Display { get; init; }

    /// <summary>The column's cell on a page.</summary>
    public string? Shown(T record) => Display is null ? Text(record) : Display(Text(record));

    /// <summary>This column with its values shown as display names (<see cref="DisplayNames"/>) on pages.</summary>
    public Column<T> InWords() => this with { Display = DisplayNames.OfEach };

    public static Column<T> Of<TKey>(string key, string header, Expression<Func<T, TKey>> sortKey, Func<T, string?> text, Func<T, string?>? link = null) =>
        new(key, header, text, link, (q, descending) => descending ? q.OrderByDescending(sortKey) : q.OrderBy(sortKey));

    public static Column<T> Plain(string key, string header, Func<T, string?> text, Func<T, string?>? link = null) => new(key, header, text, link, null);
}
