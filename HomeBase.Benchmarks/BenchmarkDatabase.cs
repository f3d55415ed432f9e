using HomeBase.Core.Platform.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HomeBase.Benchmarks;

/// <summary>
/// The database a benchmark runs on: the embedded SQLite in its data directory (the default), or a throwaway
/// database on a PostgreSQL server (<c>--provider PostgreSql</c>), created for the run and dropped after it. The
/// server comes from <c>HOMEBASE_BENCH_POSTGRES</c> (or the tests' <c>HOMEBASE_TEST_POSTGRES</c>): a connection
/// string whose user may create databases, as <c>.ci/postgres</c> prints one.
/// </summary>
internal sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly string? server;
    private readonly string? database;

    private BenchmarkDatabase(DatabaseProvider provider, string? server, string? database)
    {
        Provider = provider;
        this.server = server;
        this.database = database;
    }

    public DatabaseProvider Provider { get; }

    public bool IsPostgreSql => Provider == DatabaseProvider.PostgreSql;

    /// <summary>How the benchmarks' output names it.</summary>
    public string Name => IsPostgreSql ? "PostgreSQL" : "SQLite";

    /// <summary>The settings that put an app on this database, beside <c>HomeBase:DataDirectory</c>; none for SQLite.</summary>
    public IReadOnlyDictionary<string, string?> Settings => IsPostgreSql
        ? new Dictionary<string, string?>
        {
            ["Database:Provider"] = nameof(DatabaseProvider.PostgreSql),
            ["ConnectionStrings:HomeBase"] = new NpgsqlConnectionStringBuilder(server) { Database = database }.ToString(),
        }
        : new Dictionary<string, string?>();

    public static BenchmarkDatabase Create(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite) return new BenchmarkDatabase(provider, null, null);
        if (provider != DatabaseProvider.PostgreSql) throw new ArgumentException($"The benchmarks run on Sqlite or PostgreSql, not {provider}: SQL Server cannot run here.");
        var server = Environment.GetEnvironmentVariable("HOMEBASE_BENCH_POSTGRES") is { Length: > 0 } bench ? bench
            : Environment.GetEnvironmentVariable("HOMEBASE_TEST_POSTGRES") is { Length: > 0 } test ? test
            : throw new InvalidOperationException("--provider PostgreSql needs a server: export HOMEBASE_BENCH_POSTGRES=\"$(.ci/postgres)\" (a connection string whose user may create databases).");
        var database = "homebase_bench_" + Guid.NewGuid().ToString("N")[..12];
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ToString());
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        create.ExecuteNonQuery();
        return new BenchmarkDatabase(provider, server, database);
    }

    /// <summary>Reads <c>--provider Sqlite|PostgreSql</c> out of the arguments; the rest keep their order.</summary>
    public static (DatabaseProvider Provider, string[] Remaining) ParseArguments(string[] args)
    {
        var rest = new List<string>();
        var provider = DatabaseProvider.Sqlite;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--provider" && i + 1 < args.Length)
            {
                provider = Enum.Parse<DatabaseProvider>(args[++i], ignoreCase: true);
            }
            else
            {
                rest.Add(args[i]);
            }
        }
        return (provider, [.. rest]);
    }

    /// <summary>The database's size on disk, in bytes: the SQLite file, or PostgreSQL's own count.</summary>
    public async Task<long> SizeAsync(HomeBaseDbContext db, string directory)
    {
        if (!IsPostgreSql) return new FileInfo(Directory.GetFiles(directory, "*.db").Single()).Length;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT pg_database_size(current_database())";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        if (!IsPostgreSql)
        {
            SqliteConnection.ClearAllPools();
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ToString());
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
