using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Platform.Persistence;

/// <summary>SQL Server, selected with <c>Database:Provider = SqlServer</c>.</summary>
public sealed class SqlServerHomeBaseDbContext(DbContextOptions<SqlServerHomeBaseDbContext> options) : HomeBaseDbContext(options)
{
    protected internal override string IsNullFilter(string column) => $"[{column}] IS NULL";
}
