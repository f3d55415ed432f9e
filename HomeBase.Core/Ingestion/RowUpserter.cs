using System.Collections.Concurrent;
using System.Data.Common;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace HomeBase.Core.Ingestion;

/// <summary>
/// Upserts a page's records with prepared statements reused for every row, inside the page's transaction: an
/// insert that does nothing when the row exists and, only for a row that existed, an update that writes (and
/// so counts) only when a value really changed. Looking the page's ids up first and tracking the rows in EF
/// made the lookup and the change tracker most of a page's cost. Columns, parameter types and value
/// conversions still come from the EF model, so every provider stores what EF itself would write.
/// </summary>
internal static class RowUpserter
{
    private static readonly ConcurrentDictionary<(IEntityType Type, bool OnConflict), Statements> Cache = new();

    /// <summary>The rows added and changed, and how many unchanged rows were only stamped as seen (which still has to commit).</summary>
    public static async Task<(WriteCounts Counts, int Touched)> UpsertAsync<T>(HomeBaseDbContext db, IReadOnlyList<T> records, DateTime now,
        CancellationToken cancellationToken)
        where T : IngestedRecord
    {
        if (records.Count == 0) return (default, 0);
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        // SQLite and PostgreSQL share INSERT … ON CONFLICT DO NOTHING; SQL Server has its own form.
        var onConflict = !db.Database.IsSqlServer();
        var statements = Cache.GetOrAdd((entityType, onConflict), key => Statements.For(key.Type, db.GetService<ISqlGenerationHelper>(), key.OnConflict));
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are upserted only inside the page's transaction.");

        await using var insert = await Prepared.CreateAsync(transaction, statements.Insert, cancellationToken);
        await using var update = await Prepared.CreateAsync(transaction, statements.Update, cancellationToken);
        await using var touch = statements.Touch is { } text ? await Prepared.CreateAsync(transaction, text, cancellationToken) : null;

        var (counts, touched) = (default(WriteCounts), 0);
        var values = new object[statements.Columns.Count];
        foreach (var record in records)
        {
            statements.Read(record, now, values);
            if (await insert.ExecuteAsync(values, cancellationToken) == 1)
            {
                counts += new WriteCounts(1, 0);
            }
            else if (await update.ExecuteAsync(values, cancellationToken) == 1)
            {
                counts += new WriteCounts(0, 1);
            }
            else if (touch is not null)
            {
                // Seeing an object again is not a change of it, but a full read's sweep must know it was seen.
                await touch.ExecuteAsync(values, cancellationToken);
                touched++;
            }
        }
        return (counts, touched);
    }

    /// <summary>The statements' SQL for one record type, as <see cref="UpsertAsync"/> sends it: for tests that read each provider's form.</summary>
    internal static (string Insert, string Update, string? Touch) SqlFor(IEntityType entityType, ISqlGenerationHelper sql, bool onConflict)
    {
        var statements = Statements.For(entityType, sql, onConflict);
        return (statements.Insert.Text, statements.Update.Text, statements.Touch?.Text);
    }

    private sealed record Column(int Index, IProperty Property, string Name, RelationalTypeMapping Mapping, bool IsKey)
    {
        public string Parameter => $"@p{Index}";

        /// <summary>The column's size for text: Microsoft's values are cut to it (keys so that they stay unique).</summary>
        public int? MaxLength { get; } = Property.ClrType == typeof(string) ? Property.GetMaxLength() : null;

        /// <summary>First seen, last changed and last synced: the time of the write, never compared.</summary>
        public bool IsBookkeeping => Property.Name is nameof(IngestedRecord.FirstSeenAt) or nameof(IngestedRecord.LastChangedAt) or nameof(ISyncedRecord.LastSyncedAt);
    }

    /// <summary>A statement's text and the columns whose values it takes as parameters.</summary>
    private sealed record Statement(string Text, IReadOnlyList<Column> Parameters);

    /// <summary>One record type's statements for one provider, and how to read a record into their parameters.</summary>
    private sealed record Statements(IReadOnlyList<Column> Columns, Statement Insert, Statement Update, Statement? Touch)
    {
        public static Statements For(IEntityType entityType, ISqlGenerationHelper sql, bool onConflict)
        {
            var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
            var keyProperties = entityType.FindPrimaryKey()!.Properties;
            var columns = entityType.GetProperties()
                .Select((p, i) => new Column(i, p, sql.DelimitIdentifier(p.GetColumnName(table)!), p.GetRelationalTypeMapping(), keyProperties.Contains(p)))
                .ToList();
            var name = sql.DelimitIdentifier(table.Name, table.Schema);
            var key = columns.Where(c => c.IsKey).ToList();
            var keyMatch = string.Join(" AND ", key.Select(c => $"{c.Name} = {c.Parameter}"));
            string List(IEnumerable<Column> items, Func<Column, string> text) => string.Join(", ", items.Select(text));

            var insert = new Statement(onConflict
                ? $"INSERT INTO {name} ({List(columns, c => c.Name)}) VALUES ({List(columns, c => c.Parameter)}) ON CONFLICT ({List(key, c => c.Name)}) DO NOTHING"
                // SQL Server has no ON CONFLICT: the key lock, held to the end of the page's transaction, keeps the check and the insert together.
                : $"INSERT INTO {name} ({List(columns, c => c.Name)}) SELECT {List(columns, c => c.Parameter)} " +
                  $"WHERE NOT EXISTS (SELECT 1 FROM {name} WITH (UPDLOCK, HOLDLOCK) WHERE {keyMatch})",
                columns);

            var compared = columns.Where(c => !c.IsKey && !c.IsBookkeeping).ToList();
            var lastChanged = columns.Single(c => c.Property.Name == nameof(IngestedRecord.LastChangedAt));
            var lastSynced = typeof(ISyncedRecord).IsAssignableFrom(entityType.ClrType)
                ? columns.Single(c => c.Property.Name == nameof(ISyncedRecord.LastSyncedAt))
                : null;
            var set = compared.Append(lastChanged).Concat(lastSynced is null ? [] : [lastSynced]).ToList();
            // A NULL-safe "differs" that both providers understand: with a NULL on one side, <> is unknown, not true.
            var changed = string.Join(" OR ", compared.Select(c =>
                $"{c.Name} <> {c.Parameter} OR ({c.Name} IS NULL AND {c.Parameter} IS NOT NULL) OR ({c.Name} IS NOT NULL AND {c.Parameter} IS NULL)"));
            var update = new Statement($"UPDATE {name} SET {List(set, c => $"{c.Name} = {c.Parameter}")} WHERE {keyMatch} AND ({changed})", [.. set, .. key]);
            var touch = lastSynced is null ? null
                : new Statement($"UPDATE {name} SET {lastSynced.Name} = {lastSynced.Parameter} WHERE {keyMatch}", [lastSynced, .. key]);
            return new Statements(columns, insert, update, touch);
        }

        /// <summary>The record's column values as the provider stores them; the bookkeeping times are <paramref name="now"/>.</summary>
        public void Read(object record, DateTime now, object[] values)
        {
            foreach (var column in Columns)
            {
                var value = column.IsBookkeeping ? now : column.Property.GetGetter().GetClrValue(record);
                // One value longer than its column (a server database refuses it) must not fail the same page forever.
                if (value is string text && column.MaxLength is { } max && text.Length > max)
                {
                    value = column.IsKey ? TextColumns.FitKey(text, max) : TextColumns.Fit(text, max);
                }
                var converter = column.Mapping.Converter;
                values[column.Index] = (value is null ? null : converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
            }
        }
    }

    /// <summary>A statement prepared once per page on the page's transaction.</summary>
    private sealed class Prepared(DbCommand command, IReadOnlyList<(Column Column, DbParameter Parameter)> parameters) : IAsyncDisposable
    {
        public static async Task<Prepared> CreateAsync(DbTransaction transaction, Statement statement, CancellationToken cancellationToken)
        {
            var command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = statement.Text;
            var parameters = statement.Parameters.DistinctBy(c => c.Index)
                .Select(c => (c, c.Mapping.CreateParameter(command, c.Parameter, null, c.Property.IsNullable)))
                .ToList();
            foreach (var (_, parameter) in parameters) command.Parameters.Add(parameter);
            await command.PrepareAsync(cancellationToken);
            return new Prepared(command, parameters);
        }

        public Task<int> ExecuteAsync(object[] values, CancellationToken cancellationToken)
        {
            foreach (var (column, parameter) in parameters) parameter.Value = values[column.Index];
            return command.ExecuteNonQueryAsync(cancellationToken);
        }

        public ValueTask DisposeAsync() => command.DisposeAsync();
    }
}
