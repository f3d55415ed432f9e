using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HomeBase.Core.Platform.Persistence;

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerHomeBaseDbContext>
{
    public SqlServerHomeBaseDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerHomeBaseDbContext>()
            .UseSqlServer("Server=localhost;Database=HomeBase;Integrated Security=true", DatabaseSetup.ConfigureSqlServer)
            .Options);
}
