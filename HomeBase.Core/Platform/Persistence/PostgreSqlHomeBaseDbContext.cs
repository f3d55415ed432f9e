using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Platform.Persistence;

/// <summary>PostgreSQL (Npgsql), selected with <c>Database:Provider = PostgreSql</c>.</summary>
public sealed class PostgreSqlHomeBaseDbContext(DbContextOptions<PostgreSqlHomeBaseDbContext> options) : HomeBaseDbContext(options)
{
    protected internal override string IsNullFilter(string column) => $"\"{column}\" IS NULL";

    /// <summary>PostgreSQL's "C" collation: byte order, and the one in which LIKE and ranges use a plain B-tree index.</summary>
    protected internal override string? ByteOrderCollation => "C";
}
