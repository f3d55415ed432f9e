using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Platform.Persistence;

/// <summary>The embedded default: a SQLite file in the data directory.</summary>
public sealed class SqliteHomeBaseDbContext(DbContextOptions<SqliteHomeBaseDbContext> options) : HomeBaseDbContext(options)
{
    protected internal override string IsNullFilter(string column) => $"\"{column}\" IS NULL";
}
