using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Dashboards.Rollups;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Values;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

/// <summary>
/// Indicators from alert evidence (docs/microsoft-apis.md §3.1): the sightings the alerts connector writes beside each alert,
/// one per alert and indicator. The counts by kind come from the alert rollups; the indicators named most are ranked by the
/// period's latest sightings and each counted exactly over the whole period, so the page costs the same for a busy month.
/// Defender Threat Intelligence's reputations (§3.5) are current state, like the records they open: the hosts checked, and how
/// many it judges malicious or suspicious.
/// </summary>
public sealed class IndicatorsService(IDbContextFactory<HomeBaseDbContext> contexts, DataCoverage coverage, AlertRollup alertCounts)
{
    public const int TopCount = 25;

    /// <summary>How many of the period's latest sightings rank the indicators; each listed one is then counted over the whole period.</summary>
    public const int RankingSample = 5_000;

    public const string MaliciousVerdict = AlertRollup.MaliciousVerdict;

    public async Task<IndicatorsDashboard> GetAsync(DashboardScope scope, CancellationToken cancellationToken = default)
    {
        var ids = scope.Ids;
        var (from, to) = (scope.Range.From, scope.Range.To);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = new RollupReader(db, ids, scope.Range);
        var byKind = await counts.TotalsAsync(alertCounts, AlertRollup.IndicatorKind, cancellationToken);
        var maliciousByKind = await counts.TotalsAsync(alertCounts, AlertRollup.MaliciousIndicatorKind, cancellationToken);

        var sightings = db.IngestedAlertIndicators.AsNoTracking().Where(s => ids.Contains(s.IntegrationId) && s.CreatedAt >= from && s.CreatedAt < to);
        var latest = await sightings.OrderByDescending(s => s.CreatedAt).Take(RankingSample).Select(s => new { s.Kind, s.Value }).ToListAsync(cancellationToken);
        var candidates = latest.GroupBy(s => (s.Kind, s.Value)).OrderByDescending(g => g.Count()).Take(TopCount).Select(g => g.Key).ToList();
        var top = new List<IndicatorSummary>();
        foreach (var (kind, value) in candidates)
        {
            // One index range per indicator: (integration, kind, value, time).
            var one = await sightings.Where(s => s.Kind == kind && s.Value == value).GroupBy(_ => 1)
                .Select(g => new { Alerts = g.LongCount(), Malicious = g.LongCount(s => s.Verdict == MaliciousVerdict), First = g.Min(s => s.CreatedAt), Last = g.Max(s => s.CreatedAt) })
                .SingleAsync(cancellationToken);
            top.Add(new IndicatorSummary(kind, value, one.Alerts, one.Malicious, DateTime.SpecifyKind(one.First, DateTimeKind.Utc), DateTime.SpecifyKind(one.Last, DateTimeKind.Utc),
                Sightings(("kind", kind), ("value", value))));
        }

        // Defender Threat Intelligence's latest answer for each listed host (the newest where several integrations asked).
        var hosts = top.Where(t => t.Kind is AlertIndicatorRecord.Ip or AlertIndicatorRecord.Domain).Select(t => t.Value).ToList();
        var reputations = (await db.IngestedHostReputations.AsNoTracking().Where(r => ids.Contains(r.IntegrationId) && hosts.Contains(r.SourceId))
                .ToListAsync(cancellationToken))
            .GroupBy(r => r.SourceId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.CheckedAt)!, StringComparer.Ordinal);
        top = [.. top.Select(t => reputations.TryGetValue(t.Value, out var r) && r.Kind == t.Kind ? t with { Reputation = ReputationOf(r) } : t)];
        var classified = await db.IngestedHostReputations.AsNoTracking().Where(r => ids.Contains(r.IntegrationId))
            .GroupBy(r => r.Classification).Select(g => new { Classification = g.Key, Hosts = g.LongCount() }).ToListAsync(cancellationToken);
        long Classified(string classification) => classified.Where(c => c.Classification == classification).Sum(c => c.Hosts);

        IndicatorReputation ReputationOf(HostReputationRecord r) => new(r.Classification, r.Score, r.Known,
            [.. r.ReadRules().Where(rule => rule.IsIntelArticle).Select(rule => rule with { RelatedDetailsUrl = DashboardLinks.HttpsOnly(rule.RelatedDetailsUrl) })],
            Reputations(("host", r.SourceId)));
        string Reputations(params (string, string?)[] filters) => DashboardLinks.Records(RecordCatalog.HostReputations, scope, filters);
        string Sightings(params (string, string?)[] filters) => DashboardLinks.Records(RecordCatalog.IndicatorSightings, scope, filters);
        long Of(string kind) => byKind.GetValueOrDefault(kind).Count;
        return new IndicatorsDashboard(
            await coverage.GetAsync(scope, [StreamCatalog.Alerts], cancellationToken),
            [
                new("IP address sightings", Of(AlertIndicatorRecord.Ip), Sightings(("kind", AlertIndicatorRecord.Ip))),
                new("Domain sightings", Of(AlertIndicatorRecord.Domain), Sightings(("kind", AlertIndicatorRecord.Domain))),
                new("URL sightings", Of(AlertIndicatorRecord.Url), Sightings(("kind", AlertIndicatorRecord.Url))),
                new("File hash sightings", Of(AlertIndicatorRecord.FileHash), Sightings(("kind", AlertIndicatorRecord.FileHash))),
                new("Judged malicious", maliciousByKind.Values.Sum(m => m.Count), Sightings(("verdict", MaliciousVerdict))),
            ],
            latest.Count == RankingSample,
            [.. top.OrderByDescending(t => t.Alerts).ThenByDescending(t => t.LastSeen).ThenBy(t => t.Value, StringComparer.Ordinal)],
            await coverage.GetAsync(scope, [StreamCatalog.ThreatIntelligence], cancellationToken),
            [
                new("Hosts checked", classified.Sum(c => c.Hosts), Reputations()),
                new("Malicious", Classified(HostReputationClassifications.Malicious), Reputations(("classification", HostReputationClassifications.Malicious))),
                new("Suspicious", Classified(HostReputationClassifications.Suspicious), Reputations(("classification", HostReputationClassifications.Suspicious))),
            ]);
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
