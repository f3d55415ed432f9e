using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using HomeBase.Core.Azure;
using HomeBase.Core.Clouds;
using HomeBase.Sandbox;
using Microsoft.Data.Sqlite;

namespace HomeBase.Benchmarks;

/// <summary>
/// The ceiling for ingestion on this machine: the sign-in pages the sandbox serves, saved to a file first,
/// one file per page, then parsed and inserted with a prepared Microsoft.Data.Sqlite statement, one transaction per page.
/// </summary>
internal static class RawCeiling
{
    private const int SamplePages = 200;

    /// <summary>
    /// SQLite's own defaults (rollback journal, synchronous=FULL) and the app's connection settings (WAL,
    /// synchronous=NORMAL, a 16 MiB page cache): the ceiling is whichever inserts faster on this machine today, so it
    /// is never a configuration slower than the one it is compared with.
    /// </summary>
    private static readonly (string Name, string Pragmas)[] Configurations =
    [
        ("SQLite defaults", ""),
        ("WAL, synchronous=NORMAL", "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-16384;"),
    ];

    /// <summary>
    /// The ceiling, and for the record the same inserts into a table indexed exactly like the app's: the app also
    /// keeps (IntegrationId, UserId, CreatedAt) for a user's recent sign-ins, which the ceiling leaves out.
    /// </summary>
    public static async Task<(long Records, double Rate, double AppTableRate)> MeasureAsync(SandboxServer sandbox, string directory, PeakMemorySampler sampler)
    {
        var pages = Path.Combine(directory, "sign-in-pages");
        await SavePagesAsync(sandbox, pages);
        sampler.TakePeak();
        var best = (Records: 0L, Rate: 0.0);
        var bestConfiguration = Configurations[0];
        for (var i = 0; i < Configurations.Length; i++)
        {
            var measured = await InsertAsync(pages, Path.Combine(directory, $"ceiling-{i}.db"), Configurations[i], userIndex: false);
            if (measured.Rate > best.Rate) (best, bestConfiguration) = (measured, Configurations[i]);
        }
        var appTable = await InsertAsync(pages, Path.Combine(directory, "ceiling-app-table.db"), bestConfiguration, userIndex: true);
        return (best.Records, best.Rate, appTable.Rate);
    }

    private static async Task<(long Records, double Rate)> InsertAsync(string pages, string databaseFile, (string Name, string Pragmas) configuration, bool userIndex)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databaseFile }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = configuration.Pragmas + """
                CREATE TABLE SignIns (IntegrationId TEXT NOT NULL, SourceId TEXT NOT NULL, CreatedAt TEXT NOT NULL, UserId TEXT, UserPrincipalName TEXT,
                  AppDisplayName TEXT, ClientAppUsed TEXT, IpAddress TEXT, City TEXT, CountryOrRegion TEXT, ErrorCode INTEGER NOT NULL, FailureReason TEXT,
                  ConditionalAccessStatus TEXT, AppliedConditionalAccessPolicies TEXT, RiskLevelDuringSignIn TEXT, RiskState TEXT,
                  FirstSeenAt TEXT NOT NULL, LastChangedAt TEXT NOT NULL, PRIMARY KEY (IntegrationId, SourceId));
                CREATE INDEX SignInsByTime ON SignIns (IntegrationId, CreatedAt);
                """ + (userIndex ? "CREATE INDEX SignInsByUser ON SignIns (IntegrationId, UserId, CreatedAt);" : "");
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
        Console.WriteLine($"raw ceiling sign_ins {records,10:N0} records in {clock.Elapsed.TotalSeconds,7:F1} s  {records / clock.Elapsed.TotalSeconds,9:N0} records/s  ({SamplePages} pages at most, from a file; {configuration.Name}{(userIndex ? "; the app's indexes" : "")})");
        return (records, records / clock.Elapsed.TotalSeconds);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Fetches up to <see cref="SamplePages"/> sign-in pages over HTTPS (not timed) into a directory, one file per page.</summary>
    private static async Task SavePagesAsync(SandboxServer sandbox, string directory)
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
        string? url = $"{graph}/v1.0/auditLogs/signIns?$top=1000";
        for (var pages = 0; url is not null && pages < SamplePages; pages++)
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
        Console.WriteLine($"sandbox     sign_ins {fetched,10:N0} pages fetched over HTTPS alone in {clock.Elapsed.TotalSeconds,5:F1} s (what the sandbox itself costs; not in the ceiling)");
    }
}
