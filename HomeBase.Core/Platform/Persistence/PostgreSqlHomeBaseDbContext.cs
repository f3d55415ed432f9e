using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Platform.Persistence;

/// <summary>PostgreSQL (Npgsql), selected with <c>Database:Provider = PostgreSql</c>.</summary>
public sealed class PostgreSqlHomeBaseDbContext(DbContextOptions<PostgreSqlHomeBaseDbContext> options) : HomeBaseDbContext(options)
{
    protected internal override string IsNullFilter(string column) => $"\"{column}\" IS NULL";
}
