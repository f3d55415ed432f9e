using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HomeBase.Core.Persistence;

// Used by `dotnet ef migrations add` only; the app builds its contexts from configuration.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteHomeBaseDbContext>
{
    public SqliteHomeBaseDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteHomeBaseDbContext>()
            .UseSqlite("Data Source=design-time.db", DatabaseSetup.ConfigureSqlite)
            .Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerHomeBaseDbContext>
{
    public SqlServerHomeBaseDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerHomeBaseDbContext>()
            .UseSqlServer("Server=localhost;Database=HomeBase;Integrated Security=true", DatabaseSetup.ConfigureSqlServer)
            .Options);
}
