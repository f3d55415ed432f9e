using System.Globalization;
using System.Linq.Expressions;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using HomeBase.Core.Dashboards;
using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Search;

/// <summary>
/// The app bar's search over the current tenant's integrations: people by the start of their name or principal
/// name, devices by the start of their name or their last IP address, alerts by the start of their title or their id,
/// incidents by id, IP addresses in sign-ins, and CVEs by id. Every query is a range or an equality on an index,
/// run once per integration so that each reads one index range (docs/architecture.md, "Search").
/// </summary>
public sealed partial class SearchService(IDbContextFactory<HomeBaseDbContext> contexts)
{
    public const int MinimumLength = 2;
    public const int MaximumLength = 200;
    public const int HitsPerKind = 5;

    /// <summary>Searches <paramref name="scope"/>'s integrations (the caller's access is checked by <see cref="DashboardScopes"/>).</summary>
    public async Task<Result<SearchResults>> SearchAsync(DashboardScope scope, string? text, CancellationToken cancellationToken = default)
    {
        var query = text?.Trim() ?? "";
        if (query.Length < MinimumLength) return Invalid($"Type at least {MinimumLength} characters to search.");
        if (query.Length > MaximumLength) return Invalid($"Search for at most {MaximumLength} characters.");

        var found = SearchKinds.Order.ToDictionary(k => k.Kind, _ => new List<SearchHit>());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var integration in scope.Integrations)
        {
            var name = integration.Name;
            var id = integration.Id;
            var one = scope with { IntegrationId = id };
            if (SearchKeys.Of(query) is { } key && SearchKeys.After(key) is { } after)
            {
                found[SearchKinds.People].AddRange(await PeopleAsync(db, id, key, after, name, cancellationToken));
                found[SearchKinds.Devices].AddRange(await DevicesAsync(db, id, key, after, name, cancellationToken));
                found[SearchKinds.Alerts].AddRange(await AlertsAsync(db, id, query, key, after, name, cancellationToken));
            }
            if (IsIdentifier(query) && await IncidentAsync(db, one, query.TrimStart('#'), name, cancellationToken) is { } incident)
            {
                found[SearchKinds.Incidents].Add(incident);
            }
            if (IpAddressOf(query) is { } ip)
            {
                found[SearchKinds.IpAddresses].AddRange(await IpAddressAsync(db, one, ip, name, cancellationToken));
            }
            if (CveOf(query) is { } cve && await CveAsync(db, one, cve, name, cancellationToken) is { } finding)
            {
                found[SearchKinds.Cves].Add(finding);
            }
        }

        var groups = SearchKinds.Order
            .Where(k => found[k.Kind].Count > 0)
            .Select(k =>
            {
                var hits = found[k.Kind].DistinctBy(h => h.Link).ToList();
                return new SearchGroup(k.Kind, k.Title, [.. hits.Take(HitsPerKind)], hits.Count > HitsPerKind);
            })
            .ToList();
        return new SearchResults(query, groups);
    }

    private static async Task<List<SearchHit>> PeopleAsync(
        HomeBaseDbContext db, string integrationId, string key, string after, string integrationName, CancellationToken cancellationToken)
    {
        var users = db.IngestedUsers.AsNoTracking().Where(u => u.IntegrationId == integrationId);
        // Two index ranges, one per key, rather than an OR that a planner may answer with a scan.
        var byName = await StartingWith(users, u => u.SearchName, key, after).Take(HitsPerKind + 1).ToListAsync(cancellationToken);
        var byPrincipal = await StartingWith(users, u => u.SearchPrincipal, key, after).Take(HitsPerKind + 1).ToListAsync(cancellationToken);
        return [.. byName.Concat(byPrincipal).DistinctBy(u => u.SourceId).Select(u => new SearchHit(
            u.DisplayName ?? u.UserPrincipalName ?? u.SourceId,
            string.Join(" · ", new[] { u.UserPrincipalName, u.JobTitle, u.DeletedAt is null ? null : "deleted" }.Where(p => !string.IsNullOrEmpty(p))),
            DashboardLinks.User(integrationId, u.SourceId), integrationName))];
    }

    private static async Task<List<SearchHit>> DevicesAsync(
        HomeBaseDbContext db, string integrationId, string key, string after, string integrationName, CancellationToken cancellationToken)
    {
        var machines = db.IngestedMachines.AsNoTracking().Where(m => m.IntegrationId == integrationId);
        var byName = await StartingWith(machines, m => m.SearchName, key, after).Take(HitsPerKind + 1).ToListAsync(cancellationToken);
        return [.. byName.Select(m => DeviceHit(m, integrationId, integrationName))];
    }

    private static SearchHit DeviceHit(MachineRecord m, string integrationId, string integrationName) => new(
        m.ComputerDnsName ?? m.SourceId,
        string.Join(" · ", new[]
        {
            m.OsPlatform, m.ExposureLevel is null ? null : $"{DisplayNames.Of(m.ExposureLevel)} exposure",
            m.LastIpAddress is null ? null : $"last IP {m.LastIpAddress}", m.LastSeen is { } seen ? $"last seen {Time(seen)}" : null,
        }.Where(p => !string.IsNullOrEmpty(p))),
        DashboardLinks.Device(integrationId, m.SourceId), integrationName);

    private static async Task<List<SearchHit>> AlertsAsync(
        HomeBaseDbContext db, string integrationId, string query, string key, string after, string integrationName, CancellationToken cancellationToken)
    {
        var alerts = db.IngestedAlerts.AsNoTracking().Where(a => a.IntegrationId == integrationId);
        // An alert's id, pasted from Defender or a webhook, is found by the key.
        var byId = await alerts.Where(a => a.SourceId == query).ToListAsync(cancellationToken);
        var byTitle = await StartingWith(alerts, a => a.SearchTitle, key, after).Take(HitsPerKind + 1).ToListAsync(cancellationToken);
        return [.. byId.Concat(byTitle).DistinctBy(a => a.SourceId).Select(a => new SearchHit(
            a.Title ?? a.SourceId,
            $"{DisplayNames.Of(a.Severity)} · {DisplayNames.Of(a.Status)} · created {Time(a.CreatedAt)}" + (a.IncidentId is null ? "" : $" · incident {a.IncidentId}"),
            DashboardLinks.Alert(integrationId, a.SourceId), integrationName))];
    }

    private static async Task<SearchHit?> IncidentAsync(
        HomeBaseDbContext db, DashboardScope one, string incidentId, string integrationName, CancellationToken cancellationToken)
    {
        var integrationId = one.IntegrationId!;
        var alerts = db.IngestedAlerts.AsNoTracking().Where(a => a.IntegrationId == integrationId && a.IncidentId == incidentId);
        var span = await alerts.GroupBy(a => a.IncidentId)
            .Select(g => new { Count = g.Count(), First = g.Min(a => a.CreatedAt), Last = g.Max(a => a.CreatedAt) })
            .FirstOrDefaultAsync(cancellationToken);
        if (span is null) return null;
        var newest = await alerts.OrderByDescending(a => a.CreatedAt).Select(a => a.Title).FirstOrDefaultAsync(cancellationToken);
        // The records page shows exactly the incident's alerts: every day from its first alert to its last.
        var days = new TimeRange(TimeRange.Custom, Later(span.First.Date, span.Last.Date.AddDays(1) - TimeRange.LongestCustom), span.Last.Date.AddDays(1));
        return new SearchHit(
            $"Incident {incidentId}",
            $"{span.Count:N0} alert{(span.Count == 1 ? "" : "s")}, {Day(span.First)} to {Day(span.Last)}" + (newest is null ? "" : $" · newest: {newest}"),
            DashboardLinks.Records(RecordCatalog.Alerts, one with { Range = days }, ("incident", incidentId)), integrationName);
    }

    private static async Task<List<SearchHit>> IpAddressAsync(
        HomeBaseDbContext db, DashboardScope one, string ip, string integrationName, CancellationToken cancellationToken)
    {
        var integrationId = one.IntegrationId!;
        var hits = new List<SearchHit>();
        // The newest sign-in from the address is the first entry of its index range; a count would read them all.
        var latest = await db.IngestedSignIns.AsNoTracking()
            .Where(s => s.IntegrationId == integrationId && s.IpAddress == ip)
            .OrderByDescending(s => s.CreatedAt)
            .Select(s => (DateTime?)s.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is { } last)
        {
            var end = last.Date.AddDays(1);
            var month = new TimeRange(TimeRange.Custom, end.AddDays(-30), end);
            hits.Add(new SearchHit(ip, $"Sign-ins from this address, the newest {Time(last)}: the 30 days up to it",
                DashboardLinks.Records(RecordCatalog.SignIns, one with { Range = month }, ("ip", ip)), integrationName));
        }
        var machines = await db.IngestedMachines.AsNoTracking()
            .Where(m => m.IntegrationId == integrationId && m.LastIpAddress == ip)
            .OrderBy(m => m.SearchName)
            .Take(HitsPerKind + 1)
            .ToListAsync(cancellationToken);
        hits.AddRange(machines.Select(m => DeviceHit(m, integrationId, integrationName) with { Detail = $"Device last seen at {ip}" }));
        return hits;
    }

    private static async Task<SearchHit?> CveAsync(
        HomeBaseDbContext db, DashboardScope one, string cve, string integrationName, CancellationToken cancellationToken)
    {
        var integrationId = one.IntegrationId!;
        var findings = db.IngestedVulnerabilities.AsNoTracking().Where(v => v.IntegrationId == integrationId && v.CveId == cve);
        var devices = await findings.Select(v => v.DeviceId).Distinct().CountAsync(cancellationToken);
        if (devices == 0) return null;
        var worst = await findings.OrderByDescending(v => v.CvssScore).Select(v => new { v.Severity, v.CvssScore, v.SoftwareName }).FirstAsync(cancellationToken);
        return new SearchHit(cve,
            $"{devices:N0} device{(devices == 1 ? "" : "s")} affected · {DisplayNames.Of(worst.Severity)}" +
            (worst.CvssScore is { } score ? $" · CVSS {score.ToString("0.0", CultureInfo.InvariantCulture)}" : "") + (worst.SoftwareName is { } software ? $" · {software}" : ""),
            DashboardLinks.Records(RecordCatalog.Vulnerabilities, one, ("cve", cve)), integrationName);
    }

    /// <summary>Records whose <paramref name="key"/> starts with the normalized prefix, in key order: one range of its index.</summary>
    private static IQueryable<T> StartingWith<T>(IQueryable<T> records, Expression<Func<T, string?>> key, string from, string before)
    {
        // The bounds are read from boxes, so that EF sends them as parameters and caches one plan for every search.
        var compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
        Expression Bound(string value) => Expression.Field(Expression.Constant(new StrongBox<string>(value)), nameof(StrongBox<string>.Value));
        var zero = Expression.Constant(0);
        var inRange = Expression.AndAlso(
            Expression.GreaterThanOrEqual(Expression.Call(compare, key.Body, Bound(from)), zero),
            Expression.LessThan(Expression.Call(compare, key.Body, Bound(before)), zero));
        return records.Where(Expression.Lambda<Func<T, bool>>(inRange, key.Parameters)).OrderBy(key);
    }

    /// <summary>Incident ids are short tokens (Defender's are numbers): no spaces, and short enough for the column.</summary>
    private static bool IsIdentifier(string query) => query.Length <= 64 && !query.Any(char.IsWhiteSpace);

    /// <summary>
    /// An IP address in the form Microsoft reports it: IPv4 as dotted decimal (not "10.1", which the parser would
    /// read as 10.0.0.1), IPv6 in any form, written compressed and lower-case as Entra ID writes it.
    /// </summary>
    private static string? IpAddressOf(string query) =>
        (query.Contains('.') || query.Contains(':')) && IPAddress.TryParse(query, out var address)
        && (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 || address.ToString() == query)
            ? address.ToString()
            : null;

    private static string? CveOf(string query) => CvePattern().IsMatch(query) ? query.ToUpperInvariant() : null;

    [GeneratedRegex(@"^CVE-\d{4}-\d{4,}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CvePattern();

    private static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;

    private static string Time(DateTime time) => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    private static string Day(DateTime time) => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Failure Invalid(string message) => Failure.Validation(new Dictionary<string, string[]> { ["q"] = [message] });
}
