using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using HomeBase.Core.Platform.Azure;
using HomeBase.Core.Platform.Clouds;
using HomeBase.Sandbox;
using Microsoft.Data.Sqlite;

namespace HomeBase.Benchmarks;

/// <summary>
/// The ceiling for ingestion on this machine: every sign-in page the sandbox serves (the same JSON the end-to-end
/// run ingested, all of it), saved to a file first, one file per page, then parsed and inserted with a prepared
/// Microsoft.Data.Sqlite statement, one transaction per page. All of it, not a sample: a table a fifth the size
/// keeps its indexes in SQLite's cache, and so measures an easier workload than the one it is compared with.
/// </summary>
internal static class RawCeiling
{

    /// <summary>
    /// SQLite's own defaults (rollback journal, synchronous=FULL) and the app's own connection settings
    /// (<see cref="HomeBase.Core.Platform.Persistence.SqlitePragmas"/> in WAL mode): the ceiling is whichever inserts faster on
    /// this machine today, so it is never a configuration slower than the one it is compared with.
    /// </summary>
    private static readonly (string Name, string Pragmas)[] Configurations =
    [
        ("SQLite defaults", ""),
        ("the app's settings (WAL, synchronous=NORMAL, 16 MiB cache, 10,000-page checkpoints)", "PRAGMA journal_mode=WAL; " + HomeBase.Core.Platform.Persistence.SqlitePragmas.Sql),
    ];

    /// <summary>Records per second: the ceiling, and the same inserts into the time-ordered bare table and into the app's table.</summary>
    public sealed record CeilingRates(long Records, double Rate, double TimeOrderedRate, double AppTableRate);

    /// <summary>The table the raw inserts go into: its key and its other indexes.</summary>
    private sealed record TableShape(string Name, string Key, params string[] Indexes);

    /// <summary>Keyed on the sign-in's own id, with a time index for reading a window.</summary>
    private static readonly TableShape KeyedOnId = new("keyed on the id, a time index", "IntegrationId, SourceId", "IntegrationId, CreatedAt");

    /// <summary>Keyed in time order, as the app keys sign-ins, and nothing else: the fewest, most local writes.</summary>
    private static readonly TableShape KeyedInTimeOrder = new("keyed in time order, no other index", "IntegrationId, CreatedAt, SourceId");

    /// <summary>The app's own key and indexes (<c>SignInRecordConfiguration</c>): what end to end really writes.</summary>
    private static readonly TableShape AppTable = new("the app's key and indexes", "IntegrationId, CreatedAt, SourceId",
        "IntegrationId, CreatedAt, ErrorCode, ConditionalAccessStatus", "IntegrationId, UserId, CreatedAt");

    /// <summary>
    /// The ceiling: a table keyed on the sign-in's own id (what "upserts keyed on the source's stable id" first
    /// suggests), in the faster settings. For the record the same inserts then go, in those settings, into a table
    /// keyed in time order with no other index (the fastest raw table known here) and into a table with the app's own
    /// key and indexes (what end to end really writes, so the difference is the engine's own cost).
    /// </summary>
    public static async Task<CeilingRates> MeasureAsync(SandboxServer sandbox, string directory, PeakMemorySampler sampler, TextWriter output)
    {
        var pages = Path.Combine(directory, "sign-in-pages");
        await SavePagesAsync(sandbox, pages, output);
        sampler.TakePeak();
        var best = (Records: 0L, Rate: 0.0);
        var bestConfiguration = Configurations[0];
        var run = 0;
        foreach (var configuration in Configurations)
        {
            var measured = await InsertAsync(pages, Path.Combine(directory, $"ceiling-{run++}.db"), configuration, KeyedOnId, output);
            if (measured.Rate > best.Rate) (best, bestConfiguration) = (measured, configuration);
        }
        var timeOrdered = await InsertAsync(pages, Path.Combine(directory, $"ceiling-{run++}.db"), bestConfiguration, KeyedInTimeOrder, output);
        var appTable = await InsertAsync(pages, Path.Combine(directory, $"ceiling-{run}.db"), bestConfiguration, AppTable, output);
        return new CeilingRates(best.Records, best.Rate, timeOrdered.Rate, appTable.Rate);
    }

    private static async Task<(long Records, double Rate)> InsertAsync(string pages, string databaseFile, (string Name, string Pragmas) configuration, TableShape table,
        TextWriter output)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databaseFile }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = configuration.Pragmas + $"""
                CREATE TABLE SignIns (IntegrationId TEXT NOT NULL, SourceId TEXT NOT NULL, CreatedAt TEXT NOT NULL, UserId TEXT, UserPrincipalName TEXT,
                  AppDisplayName TEXT, ClientAppUsed TEXT, IpAddress TEXT, City TEXT, CountryOrRegion TEXT, ErrorCode INTEGER NOT NULL, FailureReason TEXT,
                  ConditionalAccessStatus TEXT, AppliedConditionalAccessPolicies TEXT, RiskLevelDuringSignIn TEXT, RiskState TEXT,
                  FirstSeenAt TEXT NOT NULL, LastChangedAt TEXT NOT NULL, PRIMARY KEY ({table.Key}));
                """ + string.Concat(table.Indexes.Select((columns, i) => $"CREATE INDEX SignIns{i} ON SignIns ({columns});"));
            await create.ExecuteNonQueryAsync();
        }

        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO SignIns VALUES ('int_ceiling', $id, $created, $user, $upn, $app, $client, $ip, $city, $country, $error, $reason, $ca, $policies, $risk, $state, $now, $now)";
        string[] names = ["$id", "$created", "$user", "$upn", "$app", "$client", "$ip", "$city", "$country", "$error", "$reason", "$ca", "$policies", "$risk", "$state", "$now"];
        var parameters = names.Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
        insert.Prepare();

        long records = 0;
        var clock = Stopwatch.StartNew();
        var buffer = Array.Empty<byte>();
        foreach (var file in Directory.GetFiles(pages).Order(StringComparer.Ordinal))
        {
            // Each page as the UTF-8 bytes it came in, into one reused buffer: no string of the page, no garbage per page.
            using var handle = File.OpenHandle(file);
            var length = (int)RandomAccess.GetLength(handle);
            if (buffer.Length < length) buffer = new byte[length * 2];
            var read = 0;
            while (read < length) read += RandomAccess.Read(handle, buffer.AsSpan(read, length - read), read);
            using var page = JsonDocument.Parse(buffer.AsMemory(0, length));
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            insert.Transaction = transaction;
            var now = DateTime.UtcNow.ToString("O");
            foreach (var s in page.RootElement.GetProperty("value").EnumerateArray())
            {
                var location = s.GetProperty("location");
                var status = s.GetProperty("status");
                object?[] values =
                [
                    s.GetProperty("id").GetString(), s.GetProperty("createdDateTime").GetDateTimeOffset().UtcDateTime.ToString("O"),
                    Text(s, "userId"), Text(s, "userPrincipalName"), Text(s, "appDisplayName"), Text(s, "clientAppUsed"), Text(s, "ipAddress"),
                    Text(location, "city"), Text(location, "countryOrRegion"), status.GetProperty("errorCode").GetInt32(), Text(status, "failureReason"),
                    Text(s, "conditionalAccessStatus"),
                    s.TryGetProperty("appliedConditionalAccessPolicies", out var policies) ? policies.GetRawText() : null,
                    Text(s, "riskLevelDuringSignIn"), Text(s, "riskState"), now,
                ];
                for (var i = 0; i < values.Length; i++) parameters[i].Value = values[i] ?? DBNull.Value;
                await insert.ExecuteNonQueryAsync();
                records++;
            }
            await transaction.CommitAsync();
        }
        clock.Stop();
        output.WriteLine($"raw ceiling sign_ins {records,10:N0} records in {clock.Elapsed.TotalSeconds,7:F1} s  {records / clock.Elapsed.TotalSeconds,9:N0} records/s  (every page, from a file; {table.Name}; {configuration.Name})");
        return (records, records / clock.Elapsed.TotalSeconds);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Fetches every sign-in page over HTTPS (not timed) into a directory, one file per page.</summary>
    private static async Task SavePagesAsync(SandboxServer sandbox, string directory, TextWriter output)
    {
        var contoso = sandbox.Directory.ByName("contoso")!;
        var graph = CloudPresets.ForSandbox(sandbox.BaseUrl, sandbox.CertificatePath).GraphEndpoint!.TrimEnd('/');
        using var http = new HttpClient(CustomCaTrust.Handler(CustomCaTrust.LoadPem(sandbox.CertificatePath)));
        var tokenResponse = await http.PostAsync($"{sandbox.BaseUrl}/{contoso.TenantId}/oauth2/v2.0/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = contoso.ClientId.ToString(), ["client_secret"] = contoso.Secrets[0].Value,
            ["scope"] = $"{graph}/.default", ["grant_type"] = "client_credentials",
        }));
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);

        Directory.CreateDirectory(directory);
        var clock = Stopwatch.StartNew();
        var fetched = 0;
        // The end-to-end run's own first request: its backfill window, a thousand a page.
        var from = HomeBase.Core.Ingestion.Connectors.JsonFields.Iso(DateTime.UtcNow.AddDays(-IngestionBenchmark.BackfillDays));
        string? url = $"{graph}/v1.0/auditLogs/signIns?$filter={Uri.EscapeDataString($"createdDateTime ge {from}")}&$top=1000";
        for (var pages = 0; url is not null; pages++)
        {
            var path = Path.Combine(directory, $"{pages:D5}.json");
            await using (var body = await http.GetStreamAsync(url))
            await using (var saved = File.Create(path))
            {
                await body.CopyToAsync(saved);
            }
            await using var read = File.OpenRead(path);
            using var page = await JsonDocument.ParseAsync(read);
            url = page.RootElement.TryGetProperty("@odata.nextLink", out var next) ? next.GetString() : null;
            fetched++;
        }
        output.WriteLine($"sandbox     sign_ins {fetched,10:N0} pages fetched over HTTPS alone in {clock.Elapsed.TotalSeconds,5:F1} s (what the sandbox itself costs; not in the ceiling)");
    }
}
