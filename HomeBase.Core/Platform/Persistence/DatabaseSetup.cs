using Microsoft.EntityFrameworkCore.Infrastructure;

namespace HomeBase.Core.Platform.Persistence;

/// <summary>Provider settings shared by the app and the design-time factories.</summary>
internal static class DatabaseSetup
{
    public const string ConnectionStringName = "HomeBase";
    public const string SqliteFileName = "homebase.db";

    public static void ConfigureSqlite(SqliteDbContextOptionsBuilder sqlite) =>
        sqlite.MigrationsHistoryTable("__EFMigrationsHistory").ExecutionStrategy(d => new SqliteBusyRetryStrategy(d));

    public static void ConfigureSqlServer(SqlServerDbContextOptionsBuilder sqlServer) =>
        sqlServer.EnableRetryOnFailure(maxRetryCount: 5);

    public static void ConfigurePostgreSql(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder postgres) =>
        postgres.EnableRetryOnFailure(maxRetryCount: 5);
}
