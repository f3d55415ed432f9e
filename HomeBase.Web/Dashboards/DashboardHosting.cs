using HomeBase.Core.Access;
using HomeBase.Core.Dashboards;
using HomeBase.Core.Dashboards.Records;
using HomeBase.Web.Access;
using HomeBase.Web.Platform.Api;

namespace HomeBase.Web.Dashboards;

/// <summary>The dashboards' services, their CSV export and the light/dark theme switch.</summary>
public static class DashboardHosting
{
    public const string ThemeCookie = "HomeBase.Theme";

    public static IServiceCollection AddDashboards(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DashboardOptions>().Bind(configuration.GetSection(DashboardOptions.Section))
            .Validate(o => o.RefreshInterval >= TimeSpan.FromMilliseconds(100), "Dashboards:RefreshInterval must be at least 100 ms.")
            .ValidateOnStart();
        services.AddSingleton<LiveRefreshFactory>();
        return services;
    }

    public static IEndpointRouteBuilder MapDashboardEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/{kind}.csv", ExportCsvAsync).RequireAuthorization().ExcludeFromDescription();
        app.MapPost("/account/theme", SetThemeAsync).RequireFormToken().ExcludeFromDescription();
        return app;
    }

    /// <summary>Any table view as CSV: the same filters as the page, streamed from the database row by row.</summary>
    private static async Task<IResult> ExportCsvAsync(string kind, HttpContext http, AccountService accounts, DashboardScopes scopes, RecordQueries records)
    {
        if (RecordCatalog.Find(kind) is not { } definition) return Results.NotFound();
        if (await AccessOfAsync(http, accounts) is not { } access) return Results.Forbid();
        var query = http.Request.Query;
        var scope = await scopes.ResolveAsync(access, query["integration"], query["range"], TimeRange.Day(query["from"]), TimeRange.Day(query["to"]), http.RequestAborted);
        if (scope.Failure is { } failure) return ApiProblems.From(failure);

        var filters = definition.FiltersIn(query.Select(q => KeyValuePair.Create(q.Key, q.Value.ToString())));
        var request = new RecordQuery(filters, query["sort"], query["desc"] != "false");
        return Results.Stream(async body =>
        {
            await using var writer = new StreamWriter(body, new System.Text.UTF8Encoding(false), 64 * 1024);
            await foreach (var row in records.ExportAsync(scope.Value!, definition, request, http.RequestAborted))
            {
                await writer.WriteAsync(CsvWriter.Line(row));
            }
        }, "text/csv; charset=utf-8", $"homebase-{kind}-{DateTime.UtcNow:yyyyMMdd-HHmm}.csv");
    }

    /// <summary>The theme is a cookie, so the first render of every page (static or interactive) is already right.</summary>
    private static async Task<IResult> SetThemeAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var dark = form["theme"] == "dark";
        http.Response.Cookies.Append(ThemeCookie, dark ? "dark" : "light", new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps, MaxAge = TimeSpan.FromDays(365), IsEssential = true,
        });
        return Results.LocalRedirect(HomeBase.Web.Access.SignIn.Login.SafeReturnUrl(form["return_url"]));
    }

    /// <summary>The signed-in person's access in the tenant chosen in this browser, as the pages resolve it.</summary>
    private static async Task<TenantAccess?> AccessOfAsync(HttpContext http, AccountService accounts)
    {
        var session = new SessionInfo(http.Request.Cookies[CurrentAccess.TenantCookie], http.Connection.RemoteIpAddress?.ToString());
        return (await CurrentAccess.ResolveAsync(http.User, session, accounts, http.RequestAborted)).Current;
    }
}
