using System.Globalization;
using HomeBase.Benchmarks;
using HomeBase.Benchmarks.Fleet;

// dotnet run -c Release --project HomeBase.Benchmarks -- verification [runs]
// dotnet run -c Release --project HomeBase.Benchmarks -- ingestion [sign-ins] [--provider Sqlite|PostgreSql]
// dotnet run -c Release --project HomeBase.Benchmarks -- dashboards [scale] [runs] [--provider Sqlite|PostgreSql]
// dotnet run -c Release --project HomeBase.Benchmarks -- fleet [tenants] [idle-minutes] [--provider Sqlite|PostgreSql]
var (provider, rest) = BenchmarkDatabase.ParseArguments(args);
int Int(int index, int fallback) => rest.Length > index ? int.Parse(rest[index], CultureInfo.InvariantCulture) : fallback;
double Double(int index, double fallback) => rest.Length > index ? double.Parse(rest[index], CultureInfo.InvariantCulture) : fallback;
return rest.FirstOrDefault() switch
{
    "verification" => await VerificationBenchmark.RunAsync(Int(1, 10)),
    "ingestion" => await IngestionBenchmark.RunAsync(Int(1, 1_000_000), Console.Out, provider),
    "dashboards" => await HomeBase.Benchmarks.Dashboards.DashboardBenchmark.RunAsync(Double(1, 1.0), Int(2, 20), provider),
    "fleet" => await FleetBenchmark.RunAsync(Int(1, 1_000), Console.Out, provider,
        FleetSettings.For(Int(1, 1_000), rest.Length > 2 ? TimeSpan.FromMinutes(Double(2, 10)) : null)),
    // The fleet benchmark's sandbox, started by it as a process of its own.
    FleetSandboxProcess.Command => await FleetSandboxProcess.ServeAsync(rest[1], rest[2]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: dotnet run -c Release --project HomeBase.Benchmarks -- verification [runs] | ingestion [sign-ins] | dashboards [scale] [runs] | fleet [tenants] [idle-minutes]");
    Console.Error.WriteLine("       ingestion, dashboards and fleet take --provider PostgreSql with HOMEBASE_BENCH_POSTGRES set to a server's connection string (.ci/postgres starts one).");
    return 2;
}
