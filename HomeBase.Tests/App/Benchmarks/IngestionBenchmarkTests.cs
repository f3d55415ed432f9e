extern alias benchmarks;

using System.Globalization;
using System.Text.RegularExpressions;
using benchmarks::HomeBase.Benchmarks;

namespace HomeBase.Tests.App.Benchmarks;

/// <summary>
/// The README's ingestion benchmark, run small: it ingests through the real runner over HTTPS, measures the
/// ceiling on every page it ingested, and prints the figures the issue asks for. Its numbers are not asserted
/// (a test never judges wall-clock time); that it runs, counts what it ingested and prints them is.
/// </summary>
[Trait("Category", "App")]
public sealed partial class IngestionBenchmarkTests
{
    [Fact]
    public async Task Ingestion_PrintsEndToEndAndCeilingFiguresOverTheSameSignIns()
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);

        var exitCode = await IngestionBenchmark.RunAsync(2_000, output);

        var text = output.ToString();
        Assert.True(exitCode == 0, text);
        var endToEndSignIns = Records(EndToEndSignIns(), text);
        Assert.InRange(endToEndSignIns, 2_000, 2_100);
        Assert.Equal(200, Records(EndToEndAlerts(), text));
        // The ceiling inserts every page the end-to-end run read, not a sample, in each table and settings it tries.
        var ceilings = CeilingRun().Matches(text);
        Assert.Equal(4, ceilings.Count);
        Assert.All(ceilings, c => Assert.InRange(long.Parse(c.Groups["records"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture), endToEndSignIns, endToEndSignIns + 100));
        Assert.Matches(@"end to end  total\s+[\d,]+ records\s+[\d,]+ records/s  peak working set\s+[\d,]+ MB", text);
        Assert.Matches(@"end to end is \d+ % of the ceiling \(target: at least 50%\)", text);
        Assert.Matches(@"the same raw inserts into a table with the app's key and indexes: [\d,]+ records/s", text);
        // Defender's other streams run once each and print their own figures: every one of them read something.
        foreach (var stream in new[] { "incidents", "microsoft_secure_score", "identity_sensors", "identity_health_issues" })
        {
            Assert.Matches($@"once\s+{stream}\s+[1-9][\d,]* records in\s+[\d.]+ s", text);
        }
    }

    private static long Records(Regex line, string text)
    {
        var match = line.Match(text);
        Assert.True(match.Success, $"No line matching {line} in:\n{text}");
        return long.Parse(match.Groups["records"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"end to end  sign_ins\s+(?<records>[\d,]+) records in")]
    private static partial Regex EndToEndSignIns();

    [GeneratedRegex(@"end to end  alerts\s+(?<records>[\d,]+) records in")]
    private static partial Regex EndToEndAlerts();

    [GeneratedRegex(@"raw ceiling sign_ins\s+(?<records>[\d,]+) records in .*every page, from a file")]
    private static partial Regex CeilingRun();
}
