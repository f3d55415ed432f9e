extern alias benchmarks;

using System.Globalization;
using benchmarks::HomeBase.Benchmarks;
using HomeBase.Core.Ingestion.Streams;

namespace HomeBase.Tests.App.Benchmarks;

/// <summary>
/// The README's verification benchmark, run twice: it must build its services, verify every stream of sandbox contoso
/// as ready and print each run and the summary. Its times are not asserted (a test never judges wall-clock time).
/// </summary>
[Trait("Category", "App")]
public sealed class VerificationBenchmarkTests
{
    [Fact]
    public async Task Verification_VerifiesEveryStreamReady_AndPrintsTheSummaryAgainstItsTarget()
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);

        var exitCode = await VerificationBenchmark.RunAsync(2, output);

        var text = output.ToString();
        Assert.True(exitCode == 0, text);
        Assert.Contains($"{StreamCatalog.All.Count} streams", text);
        Assert.Matches($@"run  2:\s+\d+ ms  {StreamCatalog.All.Count}/{StreamCatalog.All.Count} streams ready  status connected", text);
        Assert.Matches(@"min \d+ ms  median \d+ ms  p95 \d+ ms  max \d+ ms", text);
        Assert.Contains("target: under 3000 ms", text);
    }
}
