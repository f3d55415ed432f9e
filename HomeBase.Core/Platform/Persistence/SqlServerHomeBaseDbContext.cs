using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Platform.Persistence;

/// <summary>SQL Server, selected with <c>Database:Provider = SqlServer</c>.</summary>
public sealed class SqlServerHomeBaseDbContext(DbContextOptions<SqlServerHomeBaseDbContext> options) : HomeBaseDbContext(options)
{
    protected internal override string IsNullFilter(string column) => $"[{column}] IS NULL";

    /// <summary>A binary collation: SQL Server's default ones ignore case and order punctuation by words.</summary>
    protected internal override string? ByteOrderCollation => "Latin1_General_100_BIN2";
}
