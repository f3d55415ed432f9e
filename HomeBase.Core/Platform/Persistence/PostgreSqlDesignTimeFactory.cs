using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HomeBase.Core.Platform.Persistence;

internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlHomeBaseDbContext>
{
    public PostgreSqlHomeBaseDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlHomeBaseDbContext>()
            .UseNpgsql("Host=localhost;Database=homebase", DatabaseSetup.ConfigurePostgreSql)
            .Options);
}
