using HomeBase.Benchmarks;

// dotnet run -c Release --project HomeBase.Benchmarks -- verification [runs]
// dotnet run -c Release --project HomeBase.Benchmarks -- ingestion [sign-ins]
// dotnet run -c Release --project HomeBase.Benchmarks -- dashboards [scale] [runs]
return args.FirstOrDefault() switch
{
    "verification" => await VerificationBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10),
    "ingestion" => await IngestionBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000, Console.Out),
    "dashboards" => await HomeBase.Benchmarks.Dashboards.DashboardBenchmark.RunAsync(
        args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1.0,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: dotnet run -c Release --project HomeBase.Benchmarks -- verification [runs] | ingestion [sign-ins] | dashboards [scale] [runs]");
    return 2;
}
