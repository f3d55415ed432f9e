namespace HomeBase.Core.Dashboards;

/// <summary>
/// The addresses of the pages behind every number: the records page with its filters, and the pages of one
/// user, alert or device. Built in one place so that dashboards, tables and exports link alike.
/// </summary>
public static class DashboardLinks
{
    public static string User(string integrationId, string userKey) => $"/users/{Escape(integrationId)}/{Escape(userKey)}";

    public static string Alert(string integrationId, string alertId) => $"/alerts/{Escape(integrationId)}/{Escape(alertId)}";

    public static string Device(string integrationId, string machineId) => $"/devices/{Escape(integrationId)}/{Escape(machineId)}";

    public static string Incident(string integrationId, string incidentId) => $"/incidents/{Escape(integrationId)}/{Escape(incidentId)}";

    /// <summary>The last 30 days' alerts of one integration that named an indicator, from an alert's evidence.</summary>
    public static string IndicatorSightings(string integrationId, string kind, string value) =>
        $"/records/{HomeBase.Core.Dashboards.Records.RecordCatalog.IndicatorSightings}?integration={Escape(integrationId)}&range=30d&kind={Escape(kind)}&value={Escape(value)}";

    /// <summary>The records of <paramref name="kind"/> in the scope's integration and range, narrowed by <paramref name="filters"/>.</summary>
    public static string Records(string kind, DashboardScope scope, params (string Key, string? Value)[] filters) =>
        $"/records/{kind}" + Query(scope, filters);

    /// <summary>The scope's filters (integration and range) and any more, as a query string.</summary>
    public static string Query(DashboardScope scope, params (string Key, string? Value)[] filters)
    {
        var parts = new List<(string Key, string? Value)>();
        if (scope.IntegrationId is not null) parts.Add(("integration", scope.IntegrationId));
        parts.Add(("range", scope.Range.Key));
        if (scope.Range.Key == TimeRange.Custom)
        {
            parts.Add(("from", scope.Range.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            parts.Add(("to", scope.Range.To.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }
        parts.AddRange(filters);
        return "?" + string.Join('&', parts.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{Escape(p.Key)}={Escape(p.Value!)}"));
    }

    private static string Escape(string value) => Uri.EscapeDataString(value);

    /// <summary>
    /// A link from Microsoft's data (a Secure Score control's <c>actionUrl</c>) only when it is an absolute https URL: a value
    /// from a tenant must never become a <c>javascript:</c> or relative link in HomeBase's pages.
    /// </summary>
    public static string? HttpsOnly(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps ? uri.AbsoluteUri : null;
}
