using System.Globalization;
using System.Text.Json.Nodes;
using HomeBase.Sandbox.Graph;
using HomeBase.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HomeBase.Sandbox.Defender;

/// <summary>The Defender for Endpoint API: machines, alerts and the vulnerability export, with WindowsDefenderATP roles.</summary>
internal static class DefenderEndpoints
{
    private const int MaxTop = 10_000;
    private const int DefaultExportPageSize = 50_000;
    private const int MaxExportPageSize = 200_000;

    public static void MapDefender(this IEndpointRouteBuilder app)
    {
        app.MapGet("/mde/api/machines", Machines);
        app.MapGet("/mde/api/alerts", Alerts);
        app.MapGet("/mde/api/machines/SoftwareVulnerabilitiesByMachine", Vulnerabilities);
        app.MapGet("/mde/api/exposureScore", ExposureScore);
        app.MapGet("/mde/api/exposureScore/ByMachineGroups", ExposureScoreByMachineGroups);
        app.MapGet("/mde/api/configurationScore", DeviceSecureScore);
        app.MapGet("/mde/api/recommendations", Recommendations);
    }

    // The list page names SecurityRecommendation.Read.All; it documents $filter, $top (at most 10,000) and $skip.
    private static IResult Recommendations(HttpContext context)
    {
        if (Require(context, "SecurityRecommendation.Read.All") is { } denied) return denied;
        var data = SandboxCaller.From(context).Tenant.Data;
        var query = ODataQuery.From(context.Request);
        if (query.Filter is not null) return ApiErrors.Defender(context, 400, "InvalidInput", "The sandbox does not implement $filter on recommendations.");
        if (data.MachineCount == 0) return ApiErrors.Defender(context, 404, "ResourceNotFound", "No machines were found.");
        return Page(context, "Recommendations", data.SecurityRecommendations(), query);
    }

    // The score pages name Score.Read.All (application) and no paging or query option; a tenant whose devices have not reported has
    // no score (404, as for machines).
    private static IResult ExposureScore(HttpContext context, TimeProvider time) =>
        Score(context, time, "ExposureScore", data => data.ExposureScore(time.GetUtcNow()));

    private static IResult DeviceSecureScore(HttpContext context, TimeProvider time) =>
        Score(context, time, "ConfigurationScore", data => data.DeviceSecureScore(time.GetUtcNow()));

    private static IResult ExposureScoreByMachineGroups(HttpContext context, TimeProvider time)
    {
        if (Require(context, "Score.Read.All") is { } denied) return denied;
        var data = SandboxCaller.From(context).Tenant.Data;
        if (data.MachineCount == 0) return ApiErrors.Defender(context, 404, "ResourceNotFound", "No machines were found.");
        var body = new JsonObject
        {
            ["@odata.context"] = $"{GraphLists.BaseUrl(context)}/mde/api/$metadata#ExposureScore",
            ["value"] = new JsonArray([.. data.ExposureScoreByMachineGroups(time.GetUtcNow())]),
        };
        return Results.Content(body.ToJsonString(), "application/json");
    }

    private static IResult Score(HttpContext context, TimeProvider time, string entity, Func<Data.TenantData, JsonObject> score)
    {
        if (Require(context, "Score.Read.All") is { } denied) return denied;
        var data = SandboxCaller.From(context).Tenant.Data;
        if (data.MachineCount == 0) return ApiErrors.Defender(context, 404, "ResourceNotFound", "No machines were found.");
        var body = score(data);
        body["@odata.context"] = $"{GraphLists.BaseUrl(context)}/mde/api/$metadata#{entity}/$entity";
        return Results.Content(body.ToJsonString(), "application/json");
    }

    private static IResult Machines(HttpContext context, TimeProvider time)
    {
        if (Require(context, "Machine.Read.All", "Machine.ReadWrite.All") is { } denied) return denied;
        var data = SandboxCaller.From(context).Tenant.Data;
        var query = ODataQuery.From(context.Request);
        var (from, _, error) = ODataQuery.TimeRange(query.Filter, "lastSeen");
        if (error is not null) return ApiErrors.Defender(context, 400, "InvalidInput", error);
        if (data.MachineCount == 0) return ApiErrors.Defender(context, 404, "ResourceNotFound", "No machines were found: no device has reported recently.");

        var matching = Enumerable.Range(0, data.MachineCount).Where(m => from is null || data.MachineLastSeen(m) >= from);
        return Page(context, "machines", matching.Select(data.Machine), query);
    }

    private static IResult Alerts(HttpContext context, TimeProvider time)
    {
        if (Require(context, "Alert.Read.All", "Alert.ReadWrite.All") is { } denied) return denied;
        var tenant = SandboxCaller.From(context).Tenant;
        var data = tenant.Data;
        var query = ODataQuery.From(context.Request);
        var (from, to, error) = ODataQuery.TimeRange(query.Filter, "lastUpdateTime");
        if (error is not null) return ApiErrors.Defender(context, 400, "InvalidInput", error);

        var now = time.GetUtcNow();
        var (first, last) = data.Alerts.Range((from ?? data.Origin) - Data.TenantData.AlertUpdateHorizon, to is { } t && t < now ? t : now);
        var alerts = Enumerable.Range(0, (int)Math.Max(0, last - first + 1)).Select(k => first + k)
            .Where(i => data.IsEndpointAlert(i))
            .Where(i =>
            {
                var updated = data.AlertState(i, now).LastUpdate;
                return (from is null || updated >= from) && (to is null || updated <= to);
            })
            .Select(i => data.DefenderAlert(i, now));
        return Page(context, "alerts", alerts, query);
    }

    private static IResult Vulnerabilities(HttpContext context, PageTokens tokens)
    {
        var tenant = SandboxCaller.From(context).Tenant;
        if (Require(context, "Vulnerability.Read.All", "Vulnerability.ReadWrite.All") is { } denied) return denied;
        if (!tenant.HasVulnerabilityManagement)
        {
            return ApiErrors.Defender(context, 403, "DisabledFeature",
                "Vulnerability data needs Defender for Endpoint Plan 2 or Defender Vulnerability Management.");
        }
        var data = tenant.Data;
        if (data.MachineCount == 0) return ApiErrors.Defender(context, 404, "ResourceNotFound", "No machines were found.");

        var request = context.Request;
        ListCursor cursor;
        if (request.Query["$skiptoken"].ToString() is { Length: > 0 } skip)
        {
            var decoded = tokens.Unprotect<ListCursor>(skip);
            if (decoded is null || decoded.Stream != "vulnerabilities") return ApiErrors.Defender(context, 400, "InvalidInput", "Invalid $skiptoken.");
            cursor = decoded;
        }
        else
        {
            var pageSize = int.TryParse(request.Query["pageSize"], NumberStyles.None, CultureInfo.InvariantCulture, out var size) ? size : DefaultExportPageSize;
            if (pageSize is < 1 or > MaxExportPageSize)
            {
                return ApiErrors.Defender(context, 400, "InvalidInput", $"pageSize must be between 1 and {MaxExportPageSize}.");
            }
            cursor = new ListCursor("vulnerabilities", 0, 0, pageSize, null, 0);
        }

        // Rows (findings and software without a CVE) are numbered machine by machine; the cursor is the running number of the next one.
        var page = new JsonArray();
        long position = 0;
        for (var machine = 0; machine < data.MachineCount && page.Count < cursor.Top; machine++)
        {
            var count = data.ExportRowCount(machine);
            for (var row = 0; row < count && page.Count < cursor.Top; row++, position++)
            {
                if (position >= cursor.Next) page.Add(data.ExportRow(machine, row));
            }
        }
        var total = Enumerable.Range(0, data.MachineCount).Sum(data.ExportRowCount);
        var next = cursor.Next + page.Count;
        var body = new JsonObject { ["@odata.context"] = $"{GraphLists.BaseUrl(context)}/mde/api/$metadata#Collection(microsoft.windowsDefenderATP.api.AssetVulnerability)" };
        var top = request.Query.ContainsKey("$top");
        if (next < total && !top)
        {
            body["@odata.nextLink"] = $"{GraphLists.BaseUrl(context)}/mde/api/machines/SoftwareVulnerabilitiesByMachine?pagesize={cursor.Top}&$skiptoken={tokens.Protect(cursor with { Next = next })}";
        }
        body["value"] = page;
        return Results.Content(body.ToJsonString(), "application/json");
    }

    /// <summary>$top (at most 10,000) and $skip, with a nextLink when more remain.</summary>
    private static IResult Page(HttpContext context, string entity, IEnumerable<JsonObject> items, ODataQuery query)
    {
        var top = query.Top ?? MaxTop;
        if (top is < 1 or > MaxTop) return ApiErrors.Defender(context, 400, "InvalidInput", $"$top must be between 1 and {MaxTop}.");
        var window = items.Skip(query.Skip).Take(top + 1).ToList();
        var body = new JsonObject { ["@odata.context"] = $"{GraphLists.BaseUrl(context)}/mde/api/$metadata#{entity}" };
        if (window.Count > top)
        {
            body["@odata.nextLink"] = $"{GraphLists.BaseUrl(context)}{context.Request.Path}?{Rebuild(context.Request, query.Skip + top, top)}";
        }
        body["value"] = new JsonArray([.. window.Take(top).Select(i => (JsonNode?)i)]);
        return Results.Content(body.ToJsonString(), "application/json");
    }

    private static string Rebuild(HttpRequest request, int skip, int top)
    {
        var pairs = request.Query.Where(q => q.Key is not ("$skip" or "$top")).Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value.ToString())}")
            .Append($"$top={top}").Append($"$skip={skip}");
        return string.Join('&', pairs);
    }

    private static IResult? Require(HttpContext context, params string[] roles)
    {
        var caller = SandboxCaller.From(context);
        if (caller.HasRole(roles)) return null;
        return ApiErrors.Defender(context, 403, "Forbidden",
            $"Missing application roles. API required roles: {string.Join(", ", roles)}. Application roles: {string.Join(", ", caller.Token.Roles)}.");
    }
}
