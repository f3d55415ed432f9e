using System.Security.Cryptography;
using System.Text;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HomeBase.Tests.Infrastructure;

/// <summary>
/// The database the app-level tests run on: the embedded SQLite by default, or a real PostgreSQL server when
/// <c>HOMEBASE_TEST_DATABASE=PostgreSql</c> and <c>HOMEBASE_TEST_POSTGRES</c> holds its connection string (a user
/// that may create databases; <c>.ci/postgres</c> starts one). Each data directory gets its own database, named
/// after the directory, so a test that restarts the app on the same directory finds its data again.
/// </summary>
public static class TestDatabase
{
    public static DatabaseProvider Provider { get; } =
        Enum.TryParse<DatabaseProvider>(Environment.GetEnvironmentVariable("HOMEBASE_TEST_DATABASE"), ignoreCase: true, out var provider)
            ? provider
            : DatabaseProvider.Sqlite;

    public static bool IsPostgreSql => Provider == DatabaseProvider.PostgreSql;

    /// <summary>The server's maintenance database, where databases are created and dropped.</summary>
    private static string Server => Environment.GetEnvironmentVariable("HOMEBASE_TEST_POSTGRES") is { Length: > 0 } server
        ? new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ToString()
        : throw new InvalidOperationException("HOMEBASE_TEST_DATABASE=PostgreSql needs HOMEBASE_TEST_POSTGRES, a connection string: export HOMEBASE_TEST_POSTGRES=\"$(.ci/postgres)\".");

    /// <summary>The settings that put an app with this data directory on the test database (none for SQLite).</summary>
    public static IReadOnlyDictionary<string, string> SettingsFor(string dataDirectory)
    {
        if (!IsPostgreSql) return new Dictionary<string, string>();
        Create(DatabaseName(dataDirectory));
        return new Dictionary<string, string>
        {
            ["Database:Provider"] = nameof(DatabaseProvider.PostgreSql),
            ["ConnectionStrings:HomeBase"] = ConnectionString(dataDirectory),
        };
    }

    /// <summary>The same settings as environment variables, for an app started as its own process.</summary>
    public static IReadOnlyDictionary<string, string> EnvironmentFor(string dataDirectory) =>
        SettingsFor(dataDirectory).ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);

    /// <summary>A context on the database of an app with this data directory, for reading what a process stored.</summary>
    public static HomeBaseDbContext OpenContext(string dataDirectory) => IsPostgreSql
        ? new PostgreSqlHomeBaseDbContext(new DbContextOptionsBuilder<PostgreSqlHomeBaseDbContext>()
            .UseNpgsql(ConnectionString(dataDirectory)).Options)
        : new SqliteHomeBaseDbContext(new DbContextOptionsBuilder<SqliteHomeBaseDbContext>()
            .UseSqlite($"Data Source={Path.Combine(dataDirectory, "homebase.db")}").Options);

    /// <summary>Drops the database of a data directory that is going away.</summary>
    public static void Drop(string dataDirectory)
    {
        if (!IsPostgreSql) return;
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS \"{DatabaseName(dataDirectory)}\" WITH (FORCE)");
    }

    /// <summary>The data directory's database on the server; reading it needs no check that it exists (an app made it).</summary>
    private static string ConnectionString(string dataDirectory) =>
        new NpgsqlConnectionStringBuilder(Server) { Database = DatabaseName(dataDirectory) }.ToString();

    private static string DatabaseName(string dataDirectory) =>
        "homebase_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(dataDirectory))))[..24];

    private static void Create(string name)
    {
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        if (exists.ExecuteScalar() is not null) return;
        try
        {
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            create.ExecuteNonQuery();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another app on the same directory created it first.
        }
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
