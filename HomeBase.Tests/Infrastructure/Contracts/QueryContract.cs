using System.Text.RegularExpressions;

namespace HomeBase.Tests.Infrastructure.Contracts;

/// <summary>Checks one request the sandbox logged against the operation Microsoft documents for its path.</summary>
public static class QueryContract
{
    /// <summary>Paging tokens come inside Microsoft's own next and delta links; HomeBase never writes them.</summary>
    private static readonly string[] LinkTokens = ["$skiptoken", "$deltatoken"];

    /// <summary>
    /// Pages that document no list of their own but defer to Graph's general OData query parameters
    /// ("This method supports some of the OData query parameters…", "…including $search, $count, $filter, and $select").
    /// </summary>
    private static readonly string[] GeneralODataPages = ["riskyuser-list", "organization-get", "user-list"];

    private static readonly string[] GeneralOData = ["$filter", "$select", "$top", "$orderby", "$count", "$expand", "$skip", "$search"];

    /// <summary>Null when the request is documented; otherwise what is wrong with it.</summary>
    public static string? Check(string pathAndQuery)
    {
        var (path, query) = Split(pathAndQuery);
        var (api, resource) = path switch
        {
            _ when path.StartsWith("/graph/v1.0/", StringComparison.Ordinal) => ("graph", path["/graph/v1.0".Length..]),
            _ when path.StartsWith("/arm/", StringComparison.Ordinal) => ("arm", path["/arm".Length..]),
            _ when path.StartsWith("/mde/", StringComparison.Ordinal) => ("defender", path["/mde".Length..]),
            _ => ("", path),
        };
        if (api == "") return null; // Sign-in, token and consent endpoints: not data APIs.
        var operation = MicrosoftSchema.Instance.Operations.Where(o => o.Api == api).FirstOrDefault(o => Matches(o.Path, resource));
        if (operation is null) return $"{api} {resource}: no documented operation has this path";
        var documented = GeneralODataPages.Contains(operation.Id) ? [.. operation.QueryOptions, .. GeneralOData] : operation.QueryOptions;
        var undocumented = query.Where(q => !LinkTokens.Contains(q, StringComparer.OrdinalIgnoreCase)
            && !documented.Contains(q, StringComparer.OrdinalIgnoreCase)).ToList();
        return undocumented.Count == 0 ? null
            : $"{operation.Id} ({operation.Source}) documents [{string.Join(", ", operation.QueryOptions)}]; HomeBase sent {string.Join(", ", undocumented)} in {pathAndQuery}";
    }

    private static (string Path, List<string> Query) Split(string pathAndQuery)
    {
        var at = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        if (at < 0) return (pathAndQuery, []);
        var names = pathAndQuery[(at + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => Uri.UnescapeDataString(p.Split('=')[0])).ToList();
        // Graph query options are case-insensitive on the wire; the pages write $orderBy and $orderby alike.
        return (pathAndQuery[..at], names.Select(n => n.StartsWith('$') ? n.ToLowerInvariant() : n).ToList());
    }

    private static bool Matches(string template, string path)
    {
        var pattern = "^" + Regex.Replace(Regex.Escape(template), @"\\\{[^}]+}", m => m.Value.Contains("scope", StringComparison.Ordinal) ? ".+" : "[^/]+") + "$";
        return Regex.IsMatch(path, pattern, RegexOptions.IgnoreCase);
    }
}
