using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Ingestion;

/// <summary>
/// Upserts a page's records into one context, keyed on (integration, source id): new rows are inserted at
/// once (in the page's transaction), known rows take the new values and count as updated only when a value
/// really changed, and are written by the page's SaveChanges.
/// </summary>
internal sealed class RecordWriter(HomeBaseDbContext db, string integrationId, DateTime now)
{
    public async Task<WriteCounts> UpsertAsync<T>(IReadOnlyList<T> records, CancellationToken cancellationToken) where T : IngestedRecord
    {
        // A page can name a record twice (a delta page, an overlap); the last one wins.
        var incoming = records.GroupBy(r => r.SourceId, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        var existing = await FindAsync<T>([.. incoming.Select(r => r.SourceId)], cancellationToken);

        var counts = default(WriteCounts);
        var added = new List<T>();
        foreach (var record in incoming)
        {
            if (existing.TryGetValue(record.SourceId, out var stored))
            {
                record.FirstSeenAt = stored.FirstSeenAt;
                record.LastChangedAt = stored.LastChangedAt;
                if (record is ISyncedRecord seen && stored is ISyncedRecord known) seen.LastSyncedAt = known.LastSyncedAt;
                var entry = db.Entry(stored);
                entry.CurrentValues.SetValues(record);
                var changed = entry.State == EntityState.Modified;
                MarkSynced(stored);
                if (!changed) continue;
                stored.LastChangedAt = now;
                counts += new WriteCounts(0, 1);
            }
            else
            {
                record.FirstSeenAt = now;
                record.LastChangedAt = now;
                MarkSynced(record);
                added.Add(record);
            }
        }
        await RowInserter.InsertAsync(db, added, cancellationToken);
        return counts + new WriteCounts(added.Count, 0);
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

    // Seeing an object again is not a change of it: set after the change check.
    private void MarkSynced(IngestedRecord record)
    {
        if (record is ISyncedRecord synced) synced.LastSyncedAt = now;
    }

    private async Task<Dictionary<string, T>> FindAsync<T>(IReadOnlyList<string> sourceIds, CancellationToken cancellationToken) where T : IngestedRecord
    {
        if (sourceIds.Count == 0) return [];
        var ids = sourceIds.Distinct().ToList();
        return await db.Set<T>()
            .Where(r => r.IntegrationId == integrationId && ids.Contains(r.SourceId))
            .ToDictionaryAsync(r => r.SourceId, StringComparer.Ordinal, cancellationToken);
    }
}
