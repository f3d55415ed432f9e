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

        var byArea = (await audits.GroupBy(a => a.Area).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken))
            .ToDictionary(a => a.Key, a => a.Count);
        var bySignal = (await audits.Where(a => a.Signal != null).GroupBy(a => a.Signal!).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken))
            .ToDictionary(a => a.Key, a => a.Count);
        var failed = await audits.LongCountAsync(a => a.Result == "failure", cancellationToken);
        var initiators = await audits.Where(a => a.InitiatedBy != null).GroupBy(a => a.InitiatedBy!)
            .Select(g => new { g.Key, Count = g.LongCount() }).OrderByDescending(g => g.Count).ThenBy(g => g.Key).Take(10).ToListAsync(cancellationToken);
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
