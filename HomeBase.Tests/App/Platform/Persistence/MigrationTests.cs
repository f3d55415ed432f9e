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
    public void PostgreSqlMigrations_MatchTheModel()
    {
        using var db = PostgreSqlContext();
        Assert.False(db.Database.HasPendingModelChanges(), "Run dotnet ef migrations add for PostgreSqlHomeBaseDbContext.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void PostgreSqlIdempotentScript_Generates()
    {
        using var db = PostgreSqlContext();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE \"Integrations\"", script);
        Assert.Contains("WHERE \"DeletedAt\" IS NULL", script);
        Assert.Contains("timestamp with time zone", script);
    }

    [Fact]
    public async Task EmbeddedDatabase_RefusesAUserTransactionOutsideTheExecutionStrategy()
    {
        // SQL Server and PostgreSQL retry transient failures, and then EF refuses a transaction the code opens itself
        // unless it runs inside CreateExecutionStrategy(). SQLite is configured the same way so the suite notices.
        // EF refuses at the transaction's first statement.
        await using var db = new SqliteHomeBaseDbContext(new DbContextOptionsBuilder<SqliteHomeBaseDbContext>()
            .UseSqlite("Data Source=:memory:", DatabaseSetup.ConfigureSqlite).Options);
        await db.Database.OpenConnectionAsync();
        await db.Database.EnsureCreatedAsync();

        await using (await db.Database.BeginTransactionAsync())
        {
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.Tenants.CountAsync());
            Assert.Contains("does not support user-initiated transactions", refused.Message);
        }
        var counted = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var tenants = await db.Tenants.CountAsync();
            await transaction.CommitAsync();
            return tenants;
        });
        Assert.Equal(0, counted);
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

    [Fact]
    public async Task SqliteMigrations_FileOldDirectoryAudits_AndMarkOldSignInHoursForARecount()
    {
        var file = Path.Combine(Path.GetTempPath(), $"homebase-migrate-{Guid.NewGuid():N}.db");
        try
        {
            await using (var db = new SqliteHomeBaseDbContext(new DbContextOptionsBuilder<SqliteHomeBaseDbContext>()
                .UseSqlite($"Data Source={file}").Options))
            {
                // A database as the release before directory changes left it, with audits and rollups in it.
                await db.GetService<IMigrator>().MigrateAsync("20261207130103_MfaRegistration");
                await db.Database.ExecuteSqlRawAsync("""
                    INSERT INTO IngestedDirectoryAudits (IntegrationId, SourceId, ActivityAt, Category, ActivityDisplayName, Result, FirstSeenAt, LastChangedAt) VALUES
                    ('int_1', 'a1', '2026-12-01 10:00:00', 'ApplicationManagement', 'Add service principal credentials', 'success', '2026-12-01 10:05:00', '2026-12-01 10:05:00'),
                    ('int_1', 'a2', '2026-12-01 10:01:00', 'RoleManagement', 'Add member to role', 'success', '2026-12-01 10:05:00', '2026-12-01 10:05:00'),
                    ('int_1', 'a3', '2026-12-01 10:02:00', 'Policy', 'Update Conditional Access policy', 'success', '2026-12-01 10:05:00', '2026-12-01 10:05:00'),
                    ('int_1', 'a4', '2026-12-01 10:03:00', 'ApplicationManagement', 'Consent to application', 'success', '2026-12-01 10:05:00', '2026-12-01 10:05:00'),
                    ('int_1', 'a5', '2026-12-01 10:04:00', 'DirectoryManagement', 'Set Company Information', 'success', '2026-12-01 10:05:00', '2026-12-01 10:05:00');
                    INSERT INTO Rollups (IntegrationId, Metric, Dimension, Hour, Value, Count, Label) VALUES
                    ('int_1', 'sign_ins', 'all', '2026-12-01 10:00:00', 'all', 5, NULL),
                    ('int_1', 'sign_ins', 'ca', '2026-12-01 10:00:00', 'success', 5, NULL),
                    ('int_1', 'sign_ins', 'all', '2026-12-01 11:00:00', 'all', 2, NULL),
                    ('int_1', 'alerts', 'all', '2026-12-01 10:00:00', 'all', 1, NULL);
                    """);

                await db.Database.MigrateAsync();

                var areas = await db.IngestedDirectoryAudits.OrderBy(a => a.SourceId).Select(a => new { a.Area, a.Signal }).ToListAsync();
                Assert.Equal(["app_credentials", "roles", "conditional_access", "consent", "other"], areas.Select(a => a.Area));
                // Signals need the modified properties, which were never stored: none is guessed.
                Assert.All(areas, a => Assert.Null(a.Signal));
                var marked = await db.RollupDirtyHours.OrderBy(d => d.Hour).Select(d => new { d.IntegrationId, d.Metric, d.Hour }).ToListAsync();
                Assert.Equal([("int_1", "sign_ins", new DateTime(2026, 12, 1, 10, 0, 0)), ("int_1", "sign_ins", new DateTime(2026, 12, 1, 11, 0, 0))],
                    marked.Select(d => (d.IntegrationId, d.Metric, d.Hour)));
            }
            SqliteConnection.ClearAllPools();
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static PostgreSqlHomeBaseDbContext PostgreSqlContext() =>
        new(new DbContextOptionsBuilder<PostgreSqlHomeBaseDbContext>()
            .UseNpgsql("Host=localhost;Database=homebase", DatabaseSetup.ConfigurePostgreSql).Options);

    private static SqlServerHomeBaseDbContext SqlServerContext() =>
        new(new DbContextOptionsBuilder<SqlServerHomeBaseDbContext>()
            .UseSqlServer("Server=localhost;Database=HomeBase;Integrated Security=true").Options);
}
