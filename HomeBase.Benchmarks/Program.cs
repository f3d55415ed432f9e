using HomeBase.Benchmarks;

// dotnet run -c Release --project HomeBase.Benchmarks -- verification [runs]
return args.FirstOrDefault() switch
{
    "verification" => await VerificationBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: dotnet run -c Release --project HomeBase.Benchmarks -- verification [runs]");
    return 2;
}
