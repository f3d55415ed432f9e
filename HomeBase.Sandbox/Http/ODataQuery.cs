using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace HomeBase.Sandbox.Http;

/// <summary>The few OData query options the sandbox understands, read strictly: what it does not support is an error, as in Graph.</summary>
public sealed partial class ODataQuery
{
    private ODataQuery()
    {
    }

    public int? Top { get; private init; }

    public int Skip { get; private init; }

    public string? Select { get; private init; }

    public string? Filter { get; private init; }

    public string? SkipToken { get; private init; }

    public static ODataQuery From(HttpRequest request) => new()
    {
        Top = int.TryParse(request.Query["$top"], NumberStyles.None, CultureInfo.InvariantCulture, out var top) ? top : null,
        Skip = int.TryParse(request.Query["$skip"], NumberStyles.None, CultureInfo.InvariantCulture, out var skip) ? skip : 0,
        Select = request.Query["$select"].ToString() is { Length: > 0 } select ? select : null,
        Filter = request.Query["$filter"].ToString() is { Length: > 0 } filter ? filter : null,
        SkipToken = request.Query["$skiptoken"].ToString() is { Length: > 0 } token ? token : null,
    };

    /// <summary>
    /// Reads a filter that may only bound one of <paramref name="fields"/> in time (<c>ge</c>, <c>gt</c>, <c>le</c>, <c>lt</c>, joined by
    /// <c>and</c>). Returns the inclusive bounds, or an error message for anything else.
    /// </summary>
    public static (DateTimeOffset? From, DateTimeOffset? To, string? Error) TimeRange(string? filter, params string[] fields)
    {
        if (filter is null) return (null, null, null);
        DateTimeOffset? from = null, to = null;
        foreach (var clause in AndSplitter().Split(filter.Trim()))
        {
            var match = Comparison().Match(clause.Trim());
            if (!match.Success || !fields.Contains(match.Groups["field"].Value, StringComparer.Ordinal))
            {
                return (null, null, $"Invalid filter clause: '{clause.Trim()}'. Supported: {string.Join(", ", fields)} with ge, gt, le or lt.");
            }
            if (!DateTimeOffset.TryParse(match.Groups["value"].Value.Trim('\''), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
            {
                return (null, null, $"Invalid date-time in filter: '{match.Groups["value"].Value}'.");
            }
            switch (match.Groups["op"].Value)
            {
                case "ge": from = Max(from, value); break;
                case "gt": from = Max(from, value.AddTicks(TimeSpan.TicksPerMillisecond)); break;
                case "le": to = Min(to, value); break;
                case "lt": to = Min(to, value.AddTicks(-TimeSpan.TicksPerMillisecond)); break;
            }
        }
        return (from, to, null);
    }

    private static DateTimeOffset Max(DateTimeOffset? a, DateTimeOffset b) => a is null || b > a ? b : a.Value;

    private static DateTimeOffset Min(DateTimeOffset? a, DateTimeOffset b) => a is null || b < a ? b : a.Value;

    [GeneratedRegex(@"\s+and\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AndSplitter();

    [GeneratedRegex(@"^(?<field>[A-Za-z/]+)\s+(?<op>ge|gt|le|lt)\s+(?<value>'?[0-9T:\.\-\+Z]+'?)$")]
    private static partial Regex Comparison();
}
