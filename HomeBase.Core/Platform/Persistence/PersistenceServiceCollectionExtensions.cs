using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Platform.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database chosen by <c>Database:Provider</c> with the connection string <c>ConnectionStrings:HomeBase</c>
    /// (for SQLite, a file in <c>HomeBase:DataDirectory</c> when none is given). Configuration is read when the
    /// database is first used, so that hosts and tests can still change it after registration.
    /// </summary>
    public static IServiceCollection AddHomeBasePersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName))
            .Validate(o => Enum.IsDefined(o.Provider), "Database:Provider must be Sqlite, SqlServer or PostgreSql.")
            .Validate(o => o.Provider == DatabaseProvider.Sqlite || !string.IsNullOrWhiteSpace(configuration.GetConnectionString(DatabaseSetup.ConnectionStringName)),
                "Database:Provider is a server database but ConnectionStrings:HomeBase is empty: set it to the server's connection string.")
            .ValidateOnStart();

        services.AddDbContextFactory<SqliteHomeBaseDbContext>((sp, o) => o.UseSqlite(SqliteConnectionString(sp), DatabaseSetup.ConfigureSqlite)
            .AddInterceptors(SqlitePragmasInstance)
            // EF rebuilds a SQLite table with "PRAGMA foreign_keys" outside the migration's transaction by design; the
            // warning it logs on every first start is nothing an admin could act on.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning)));
        services.AddDbContextFactory<SqlServerHomeBaseDbContext>((sp, o) => o.UseSqlServer(
            sp.GetRequiredService<IConfiguration>().GetConnectionString(DatabaseSetup.ConnectionStringName), DatabaseSetup.ConfigureSqlServer));
        services.AddDbContextFactory<PostgreSqlHomeBaseDbContext>((sp, o) => o.UseNpgsql(
            sp.GetRequiredService<IConfiguration>().GetConnectionString(DatabaseSetup.ConnectionStringName), DatabaseSetup.ConfigurePostgreSql));
        services.AddSingleton<IDbContextFactory<HomeBaseDbContext>>(sp =>
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider switch
            {
                DatabaseProvider.SqlServer => new ContextFactoryAdapter<SqlServerHomeBaseDbContext>(
                    sp.GetRequiredService<IDbContextFactory<SqlServerHomeBaseDbContext>>()),
                DatabaseProvider.PostgreSql => new ContextFactoryAdapter<PostgreSqlHomeBaseDbContext>(
                    sp.GetRequiredService<IDbContextFactory<PostgreSqlHomeBaseDbContext>>()),
                _ => new ContextFactoryAdapter<SqliteHomeBaseDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteHomeBaseDbContext>>()),
            });

        // Data Protection's key ring reads the context from a scope.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<HomeBaseDbContext>>().CreateDbContext());
        services.AddSingleton<DatabaseMigrator>();
        return services;
    }

    private static readonly SqlitePragmas SqlitePragmasInstance = new();

    private static string SqliteConnectionString(IServiceProvider services)
    {
        var configured = services.GetRequiredService<IConfiguration>().GetConnectionString(DatabaseSetup.ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured)) return configured;

        var directory = DataDirectory(services);
        Directory.CreateDirectory(directory);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(directory, DatabaseSetup.SqliteFileName),
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The absolute data directory: <c>HomeBase:DataDirectory</c>, relative paths taken from the content root.</summary>
    public static string DataDirectory(IServiceProvider services)
    {
        var configured = services.GetRequiredService<IOptions<StorageOptions>>().Value.DataDirectory;
        var contentRoot = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
        return Path.GetFullPath(Path.IsPathRooted(configured) ? configured : Path.Combine(contentRoot, configured));
    }
}
