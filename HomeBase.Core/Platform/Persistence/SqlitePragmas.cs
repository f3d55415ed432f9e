using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HomeBase.Core.Platform.Persistence;

/// <summary>
/// Per-connection SQLite settings, applied each time a connection opens (pooled connections keep them, and
/// setting them again costs microseconds). The database itself is in WAL mode (<see cref="DatabaseMigrator"/>).
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    // synchronous=NORMAL: in WAL mode a commit no longer waits for the disk, only checkpoints do. A process that
    // crashes loses nothing committed; a power cut may undo the last commits, but the database stays consistent,
    // and since a page's records and its stream cursor commit together they are undone together and re-read.
    // cache_size: 16 MiB instead of 2, so the ingested tables' key indexes, written in random order, stay mostly in memory.
    // wal_autocheckpoint: copy the WAL into the database every 10,000 pages (40 MiB) instead of 1,000. A backfill's
    // commits each write thousands of index pages, so the default checkpointed after nearly every commit; a larger
    // WAL copies a page rewritten by several commits once, and only checkpoints wait for the disk.
    public const string Sql = "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-16384; PRAGMA wal_autocheckpoint=10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }
}
