using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Ingestion;

/// <summary>
/// Writes a page's records into one context, keyed on (integration, source id): upserts go straight to the
/// database in the page's transaction (new rows inserted, known rows updated and counted only when a value
/// really changed); removals and sweeps act on stored rows. Every record it writes is stamped with the run's
/// integration here, the one place that knows it, so connectors map Microsoft's JSON without it.
/// </summary>
internal sealed class RecordWriter(HomeBaseDbContext db, string integrationId, DateTime now)
{
    /// <summary>Unchanged rows stamped as seen again: no count moves, but the page still has something to commit.</summary>
    public int Touched { get; private set; }

    public async Task<WriteCounts> UpsertAsync<T>(IReadOnlyList<T> records, CancellationToken cancellationToken) where T : IngestedRecord
    {
        // A page can name a record twice (a delta page, an overlap); the last one wins.
        var incoming = records.Count < 2 ? records : records.GroupBy(r => r.SourceId, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        foreach (var record in incoming) record.IntegrationId = integrationId;
        var (counts, touched) = await RowUpserter.UpsertAsync(db, incoming, now, cancellationToken);
        Touched += touched;
        return counts;
    }

    public async Task<WriteCounts> MarkDeletedAsync<T>(IReadOnlyList<string> sourceIds, CancellationToken cancellationToken)
        where T : IngestedRecord, IDeletableRecord
    {
        var existing = await FindAsync<T>(sourceIds, cancellationToken);
        var updated = 0;
        foreach (var stored in existing.Values.Where(r => r.DeletedAt is null))
        {
            stored.DeletedAt = now;
            stored.LastChangedAt = now;
            updated++;
        }
        return new WriteCounts(0, updated);
    }

    /// <summary>
    /// After a full delta read, marks deleted every live object the read did not report: deletions that
    /// happened while a delta link had expired are not reported any other way.
    /// </summary>
    public async Task<WriteCounts> MarkUnseenDeletedAsync<T>(DateTime fullReadStartedAt, CancellationToken cancellationToken)
        where T : IngestedRecord, IDeletableRecord
    {
        var updated = await db.Set<T>()
            .Where(r => r.IntegrationId == integrationId && r.DeletedAt == null && (r.LastSyncedAt == null || r.LastSyncedAt < fullReadStartedAt))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.DeletedAt, now).SetProperty(r => r.LastChangedAt, now), cancellationToken);
        return new WriteCounts(0, updated);
    }

    /// <summary>After a completed full read of a snapshot, removes what it no longer reports (an offboarded device, a deleted policy).</summary>
    public async Task<WriteCounts> DeleteUnseenAsync<T>(DateTime fullReadStartedAt, CancellationToken cancellationToken)
        where T : IngestedRecord, ISnapshotRecord
    {
        var removed = await db.Set<T>()
            .Where(r => r.IntegrationId == integrationId && (r.LastSyncedAt == null || r.LastSyncedAt < fullReadStartedAt))
            .ExecuteDeleteAsync(cancellationToken);
        return new WriteCounts(0, removed);
    }

    private async Task<Dictionary<string, T>> FindAsync<T>(IReadOnlyList<string> sourceIds, CancellationToken cancellationToken) where T : IngestedRecord
    {
        if (sourceIds.Count == 0) return [];
        // Stored ids longer than the column were cut (RowUpserter); look them up the same way.
        var ids = sourceIds.Select(id => Platform.Common.TextColumns.FitKey(id, IngestedRecord.SourceIdMaxLength)).Distinct().ToList();
        return await db.Set<T>()
            .Where(r => r.IntegrationId == integrationId && ids.Contains(r.SourceId))
            .ToDictionaryAsync(r => r.SourceId, StringComparer.Ordinal, cancellationToken);
    }
}
