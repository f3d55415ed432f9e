using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

/// <summary>
/// Indicators from alert evidence (docs/microsoft-apis.md §3.1): the sightings the alerts connector writes beside each alert,
/// one per alert and indicator, grouped for the period.
/// </summary>
public sealed class IndicatorsService(IDbContextFactory<HomeBaseDbContext> contexts, DataCoverage coverage)
{
    public const int TopCount = 25;

    public const string MaliciousVerdict = "malicious";

    public async Task<IndicatorsDashboard> GetAsync(DashboardScope scope, CancellationToken cancellationToken = default)
    {
        var ids = scope.Ids;
        var (from, to) = (scope.Range.From, scope.Range.To);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sightings = db.IngestedAlertIndicators.AsNoTracking().Where(s => ids.Contains(s.IntegrationId) && s.CreatedAt >= from && s.CreatedAt < to);

        var byKind = await sightings.GroupBy(s => s.Kind).Select(g => new { Kind = g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken);
        var malicious = await sightings.LongCountAsync(s => s.Verdict == MaliciousVerdict, cancellationToken);
        var groups = sightings.GroupBy(s => new { s.Kind, s.Value });
        var distinct = await groups.LongCountAsync(cancellationToken);
        var top = await groups
            .Select(g => new
            {
                g.Key.Kind, g.Key.Value, Alerts = g.LongCount(), Malicious = g.LongCount(s => s.Verdict == MaliciousVerdict),
                First = g.Min(s => s.CreatedAt), Last = g.Max(s => s.CreatedAt),
            })
            .OrderByDescending(g => g.Alerts).ThenByDescending(g => g.Last).Take(TopCount)
            .ToListAsync(cancellationToken);

        string Sightings(params (string, string?)[] filters) => DashboardLinks.Records(RecordCatalog.IndicatorSightings, scope, filters);
        long Of(string kind) => byKind.FirstOrDefault(k => k.Kind == kind)?.Count ?? 0;
        return new IndicatorsDashboard(
            await coverage.GetAsync(scope, [StreamCatalog.Alerts], cancellationToken),
            [
                new("IP address sightings", Of(AlertIndicatorRecord.Ip), Sightings(("kind", AlertIndicatorRecord.Ip))),
                new("Domain sightings", Of(AlertIndicatorRecord.Domain), Sightings(("kind", AlertIndicatorRecord.Domain))),
                new("URL sightings", Of(AlertIndicatorRecord.Url), Sightings(("kind", AlertIndicatorRecord.Url))),
                new("File hash sightings", Of(AlertIndicatorRecord.FileHash), Sightings(("kind", AlertIndicatorRecord.FileHash))),
                new("Judged malicious", malicious, Sightings(("verdict", MaliciousVerdict))),
            ],
            distinct,
            [.. top.Select(t => new IndicatorSummary(t.Kind, t.Value, t.Alerts, t.Malicious, DateTime.SpecifyKind(t.First, DateTimeKind.Utc),
                DateTime.SpecifyKind(t.Last, DateTimeKind.Utc), Sightings(("kind", t.Kind), ("value", t.Value))))]);
    }

    /// <summary>An indicator kind in words.</summary>
    public static string KindName(string kind) => kind switch
    {
        AlertIndicatorRecord.Ip => "IP address",
        AlertIndicatorRecord.Domain => "Domain",
        AlertIndicatorRecord.Url => "URL",
        AlertIndicatorRecord.FileHash => "File hash",
        _ => kind,
    };
}
