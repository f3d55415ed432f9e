using System.Text.Json;
using System.Text.Json.Nodes;
using HomeBase.Sandbox.Data;
using HomeBase.Sandbox.Http;
using Microsoft.AspNetCore.Http;

namespace HomeBase.Sandbox.Graph;

/// <summary>Graph's list envelope and paging: <c>value</c>, <c>@odata.nextLink</c> with an opaque skip token, <c>$select</c>.</summary>
internal sealed class GraphLists(PageTokens tokens, TimeProvider time)
{
    public const string Version = "/graph/v1.0";

    public DateTimeOffset Now => time.GetUtcNow();

    public PageTokens Tokens => tokens;

    /// <summary>
    /// A time-ordered list, newest first, bounded by the request's time filter and by the time of the first
    /// page (events that appear while paging are left for the next poll, as a watermark expects).
    /// </summary>
    public IResult TimeOrdered(HttpContext context, string stream, string metadata, TimeSeries series, ODataQuery query,
        (DateTimeOffset? From, DateTimeOffset? To) range, int defaultTop, int maxTop, Func<long, JsonObject?> make, TimeSpan lookBack = default,
        Action<Utf8JsonWriter, long>? write = null)
    {
        ListCursor cursor;
        if (query.SkipToken is not null)
        {
            var decoded = tokens.Unprotect<ListCursor>(query.SkipToken);
            if (decoded is null || decoded.Stream != stream) return InvalidSkipToken(context);
            cursor = decoded;
        }
        else
        {
            if (TopError(context, query, maxTop) is { } error) return error;
            var upperTime = range.To is { } to && to < Now ? to : Now;
            cursor = new ListCursor(stream, series.LastAtOrBefore(upperTime), series.FirstAtOrAfter((range.From ?? series.Origin) - lookBack),
                query.Top ?? defaultTop, query.Select, upperTime.UtcTicks);
        }

        if (write is not null && cursor.Select is null)
        {
            var first = cursor.Next;
            var last = Math.Max(cursor.Lowest, first - cursor.Top + 1);
            var link = last > cursor.Lowest ? Link(context, tokens.Protect(cursor with { Next = last - 1 })) : null;
            return new StreamedEnvelope<long>(Context(context, metadata), link, null, Downwards(first, last), write);
        }

        var page = new JsonArray();
        var next = cursor.Next;
        while (next >= cursor.Lowest && page.Count < cursor.Top)
        {
            if (make(next) is { } item) page.Add(Select(item, cursor.Select));
            next--;
        }
        var nextLink = next >= cursor.Lowest ? Link(context, tokens.Protect(cursor with { Next = next })) : null;
        return Envelope(context, metadata, page, nextLink);
    }

    /// <summary>The <c>$select</c> a request asks for: its own, or on a next page the one its first page asked for.</summary>
    public string? SelectOf(ODataQuery query) =>
        query.SkipToken is not null ? tokens.Unprotect<ListCursor>(query.SkipToken)?.Select : query.Select;

    /// <summary>A list held in memory (small sets: risky users, policies), paged by position.</summary>
    public IResult Positional(HttpContext context, string stream, string metadata, IReadOnlyList<JsonObject> items, ODataQuery query, int defaultTop, int maxTop)
    {
        var start = 0;
        var top = query.Top ?? defaultTop;
        var select = query.Select;
        if (query.SkipToken is not null)
        {
            var cursor = tokens.Unprotect<ListCursor>(query.SkipToken);
            if (cursor is null || cursor.Stream != stream) return InvalidSkipToken(context);
            (start, top, select) = ((int)cursor.Next, cursor.Top, cursor.Select);
        }
        else if (TopError(context, query, maxTop) is { } error)
        {
            return error;
        }

        var page = new JsonArray([.. items.Slice(start, top).Select(i => (JsonNode?)Select(i, select))]);
        var nextLink = start + top < items.Count
            ? Link(context, tokens.Protect(new ListCursor(stream, start + top, 0, top, select, 0)))
            : null;
        return Envelope(context, metadata, page, nextLink);
    }

    public static IResult Envelope(HttpContext context, string metadata, JsonArray page, string? nextLink, string? deltaLink = null) =>
        new StreamedEnvelope<JsonNode?>(Context(context, metadata), nextLink, deltaLink, page, static (w, item) =>
        {
            if (item is null) w.WriteNullValue();
            else item.WriteTo(w);
        });

    private static IEnumerable<long> Downwards(long first, long last)
    {
        for (var i = first; i >= last; i--) yield return i;
    }

    private static string Context(HttpContext context, string metadata) => $"{BaseUrl(context)}{Version}/$metadata#{metadata}";

    public static string BaseUrl(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}";

    public static JsonObject Select(JsonObject item, string? select)
    {
        if (select is null) return item;
        var wanted = select.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Append("id").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var selected = new JsonObject();
        foreach (var (name, value) in item)
        {
            if (wanted.Contains(name) || name.StartsWith('@') || name.EndsWith("@delta", StringComparison.Ordinal)) selected[name] = value?.DeepClone();
        }
        return selected;
    }

    /// <summary>
    /// The list name a next link was issued under, or null: a filtered list names itself with its filter, since the next
    /// link carries only the skip token, and rebuilds the same items from it.
    /// </summary>
    public string? ListOf(ODataQuery query) => query.SkipToken is null ? null : tokens.Unprotect<ListCursor>(query.SkipToken)?.Stream;

    private static string Link(HttpContext context, string token) =>
        $"{BaseUrl(context)}{context.Request.Path}?$skiptoken={token}";

    private static IResult? TopError(HttpContext context, ODataQuery query, int maxTop) =>
        query.Top is { } top && (top < 1 || top > maxTop)
            ? ApiErrors.Graph(context, 400, "BadRequest", $"Invalid page size specified: '{top}'. Must be between 1 and {maxTop} inclusive.")
            : null;

    private static IResult InvalidSkipToken(HttpContext context) =>
        ApiErrors.Graph(context, 400, "BadRequest", "Invalid $skiptoken: use the @odata.nextLink exactly as returned.");
}
