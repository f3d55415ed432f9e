using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

/// <summary>
/// Directory changes from <c>auditLogs/directoryAudits</c> in the scope's range: counted in the database by the area
/// and signal each audit was filed under at ingestion, so that every number opens exactly its records.
/// </summary>
public sealed class DirectoryChangesService(IDbContextFactory<HomeBaseDbContext> contexts, DataCoverage coverage)
{
    /// <summary>The latest high-signal changes the page lists one by one; the rest are a click away.</summary>
    public const int FlaggedShown = 25;

    public async Task<DirectoryChanges> GetAsync(DashboardScope scope, CancellationToken cancellationToken = default)
    {
        var ids = scope.Ids;
        var (from, to) = (scope.Range.From, scope.Range.To);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var audits = db.IngestedDirectoryAudits.AsNoTracking().Where(a => ids.Contains(a.IntegrationId) && a.ActivityAt >= from && a.ActivityAt < to);

        // One pass over the window: its few combinations of area, signal, result and initiator, added up here four ways.
        var combinations = await audits.GroupBy(a => new { a.Area, a.Signal, a.Result, a.InitiatedBy })
            .Select(g => new { g.Key.Area, g.Key.Signal, g.Key.Result, g.Key.InitiatedBy, Count = g.LongCount() }).ToListAsync(cancellationToken);
        var byArea = combinations.GroupBy(c => c.Area).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        var bySignal = combinations.Where(c => c.Signal != null).GroupBy(c => c.Signal!).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        var failed = combinations.Where(c => c.Result == "failure").Sum(c => c.Count);
        var initiators = combinations.Where(c => c.InitiatedBy != null).GroupBy(c => c.InitiatedBy!)
            .Select(g => new { g.Key, Count = g.Sum(c => c.Count) }).OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal).Take(10).ToList();
        var flagged = await audits.Where(a => a.Signal != null).OrderByDescending(a => a.ActivityAt).ThenBy(a => a.SourceId).Take(FlaggedShown).ToListAsync(cancellationToken);

        string Records(params (string, string?)[] filters) => DashboardLinks.Records(RecordCatalog.DirectoryChanges, scope, filters);
        return new DirectoryChanges(
            await coverage.GetAsync(scope, [StreamCatalog.DirectoryAudits], cancellationToken),
            [
                new("Directory changes", byArea.Values.Sum(), Records()),
                new("High-signal changes", bySignal.Values.Sum(), Records(("signal", "any"))),
                new("Role assignment changes", byArea.GetValueOrDefault(DirectoryChangeAreas.Roles), Records(("area", DirectoryChangeAreas.Roles))),
                new("Failed changes", failed, Records(("result", "failure"))),
            ],
            [.. DirectoryChangeSignals.All.Select(s => new Count(DirectoryChangeSignals.Label(s), bySignal.GetValueOrDefault(s), Records(("signal", s))))],
            [.. DirectoryChangeAreas.All.Select(a => new Count(DirectoryChangeAreas.Label(a), byArea.GetValueOrDefault(a), Records(("area", a))))],
            [.. initiators.Select(i => new Count(i.Key, i.Count, Records(("initiator", i.Key))))],
            [.. flagged.Select(a => new DirectoryChangeEntry(a.ActivityAt, DirectoryChangeSignals.Label(a.Signal), a.ActivityDisplayName, a.InitiatedBy,
                a.TargetDisplayName, a.RoleName, scope.NameOf(a.IntegrationId), Records(("id", a.SourceId)),
                a.TargetType == "User" && a.TargetId is { } id ? DashboardLinks.User(a.IntegrationId, id) : null))]);
    }
}
