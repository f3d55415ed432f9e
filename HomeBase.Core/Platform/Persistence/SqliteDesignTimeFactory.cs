using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HomeBase.Core.Platform.Persistence;

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteHomeBaseDbContext>
{
    public SqliteHomeBaseDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteHomeBaseDbContext>()
            .UseSqlite("Data Source=design-time.db", DatabaseSetup.ConfigureSqlite)
            .Options);
}
