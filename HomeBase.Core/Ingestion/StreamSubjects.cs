using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Ingestion;

/// <summary>
/// What a lookup stream asks Microsoft about, from what other streams stored. Connectors never read the database: the run
/// starter loads this and hands it over in <see cref="StreamReadContext.Subjects"/>.
/// </summary>
internal static class StreamSubjects
{
    /// <summary>The hosts a Defender Threat Intelligence run asks about at most: 4 runs an hour keep a busy tenant's new hosts current.</summary>
    public const int MaxReputationLookups = 200;

    /// <summary>How far back sightings make a host worth asking about: the Indicators page's longest period.</summary>
    public static readonly TimeSpan SightingWindow = TimeSpan.FromDays(30);

    /// <summary>How long a reputation is kept before it is asked again: Microsoft's verdicts move as campaigns do.</summary>
    public static readonly TimeSpan ReputationLifetime = TimeSpan.FromDays(1);

    public static async Task<IReadOnlyList<string>> ForAsync(HomeBaseDbContext db, string integrationId, string stream, DateTime now, CancellationToken cancellationToken) =>
        stream == StreamCatalog.ThreatIntelligence ? await HostsDueAsync(db, integrationId, now, cancellationToken) : [];

    /// <summary>
    /// The IP addresses and domains sighted in the window whose reputation is missing or older than a day, the latest sighted
    /// first (the ones an analyst is looking at now), at most <see cref="MaxReputationLookups"/>.
    /// </summary>
    private static async Task<IReadOnlyList<string>> HostsDueAsync(HomeBaseDbContext db, string integrationId, DateTime now, CancellationToken cancellationToken)
    {
        var since = now - SightingWindow;
        var fresh = now - ReputationLifetime;
        var checkedRecently = db.IngestedHostReputations.Where(r => r.IntegrationId == integrationId && r.CheckedAt >= fresh).Select(r => r.SourceId);
        return await db.IngestedAlertIndicators.AsNoTracking()
            .Where(s => s.IntegrationId == integrationId && s.CreatedAt >= since
                && (s.Kind == AlertIndicatorRecord.Ip || s.Kind == AlertIndicatorRecord.Domain) && !checkedRecently.Contains(s.Value))
            .GroupBy(s => s.Value)
            .Select(g => new { Host = g.Key, Last = g.Max(s => s.CreatedAt) })
            .OrderByDescending(h => h.Last).ThenBy(h => h.Host)
            .Take(MaxReputationLookups)
            .Select(h => h.Host)
            .ToListAsync(cancellationToken);
    }
}
