using HomeBase.Core.Platform.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HomeBase.Tests.App.Platform.Persistence;

/// <summary>Each provider's migrations describe the current model, so nobody forgets to add one.</summary>
[Trait("Category", "App")]
public sealed class MigrationTests
{
    [Fact]
    public void SqliteMigrations_MatchTheModel()
    {
        using var db = new SqliteHomeBaseDbContext(new DbContextOptionsBuilder<SqliteHomeBaseDbContext>()
            .UseSqlite("Data Source=:memory:").Options);
        Assert.False(db.Database.HasPendingModelChanges(), "Run dotnet ef migrations add for SqliteHomeBaseDbContext.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void SqlServerMigrations_MatchTheModel()
    {
        using var db = SqlServerContext();
        Assert.False(db.Database.HasPendingModelChanges(), "Run dotnet ef migrations add for SqlServerHomeBaseDbContext.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void SqlServerIdempotentScript_Generates()
    {
        using var db = SqlServerContext();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("IF NOT EXISTS", script);
        Assert.Contains("CREATE TABLE [Integrations]", script);
        Assert.Contains("WHERE [DeletedAt] IS NULL", script);
    }

    [Fact]
    public async Task SqliteMigrations_ApplyToAnEmptyFile()
    {
        var file = Path.Combine(Path.GetTempPath(), $"homebase-migrate-{Guid.NewGuid():N}.db");
        try
        {
            await using (var db = new SqliteHomeBaseDbContext(new DbContextOptionsBuilder<SqliteHomeBaseDbContext>()
                .UseSqlite($"Data Source={file}").Options))
            {
                await db.Database.MigrateAsync();
                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
                Assert.Equal(0, await db.Integrations.CountAsync());
            }
            SqliteConnection.ClearAllPools();
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static SqlServerHomeBaseDbContext SqlServerContext() =>
        new(new DbContextOptionsBuilder<SqlServerHomeBaseDbContext>()
            .UseSqlServer("Server=localhost;Database=HomeBase;Integrated Security=true").Options);
}
