using HomeBase.Benchmarks;

// dotnet run -c Release --project HomeBase.Benchmarks -- verification [runs]
// dotnet run -c Release --project HomeBase.Benchmarks -- ingestion [sign-ins]
return args.FirstOrDefault() switch
{
    "verification" => await VerificationBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10),
    "ingestion" => await IngestionBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: dotnet run -c Release --project HomeBase.Benchmarks -- verification [runs] | ingestion [sign-ins]");
    return 2;
}
