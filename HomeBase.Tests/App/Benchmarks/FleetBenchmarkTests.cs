extern alias benchmarks;

using System.Globalization;
using System.Text.RegularExpressions;
using benchmarks::HomeBase.Benchmarks.Fleet;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;

namespace HomeBase.Tests.App.Benchmarks;

/// <summary>
/// The README's fleet benchmark, run small (three tenants, a five-second alerts interval, a 40-second polling
/// window) on the suite's database: every stream of every tenant syncs once through the scheduler, and each figure
/// of the issue is printed against its target. The figures themselves are not asserted (a test never judges
/// wall-clock time); that every first sync happened, records were counted and the sandbox's alerts were compared is.
/// </summary>
[Trait("Category", "App")]
public sealed partial class FleetBenchmarkTests
{
    [Fact]
    public async Task Fleet_SyncsEveryStreamOfEveryTenantAndPrintsEachFigureAgainstItsTarget()
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var settings = new FleetSettings(
            LargeTenantSignIns: 2_000,
            IdleWindow: TimeSpan.FromSeconds(40),
            AlertsPerDay: FleetSettings.DefaultAlertsPerDay,
            AppSettings: new Dictionary<string, string?>
            {
                ["Ingestion:Scheduler:TickSeconds"] = "1",
                ["Ingestion:Scheduler:Intervals:alerts"] = "00:00:05",
            });

        var exitCode = await FleetBenchmark.RunAsync(3, output, TestDatabase.Provider, settings);

        var text = output.ToString();
        Assert.True(exitCode == 0, text);
        Assert.Matches(SingleTenant(), text);
        Assert.True(Number(SingleTenant(), text, "records") > 0, text);
        // Every stream of the three tenants succeeded once before the figure was printed.
        var firstSyncs = FirstSyncs().Match(text);
        Assert.True(firstSyncs.Success, text);
        Assert.Equal((3 * StreamCatalog.All.Count).ToString(System.Globalization.CultureInfo.InvariantCulture), firstSyncs.Groups["streams"].Value);
        Assert.True(Number(FirstSyncs(), text, "records") > 0, text);
        Assert.Matches(@"idle scheduler\s+\d+ s with every stream synced, polled at its interval: [\d.]+ % of one core, peak working set [\d,]+ MB, [\d,]+ runs .*\(target: under 5% of one core and under 500 MB\)", text);
        // The window outlasts the alerts interval + 30 s, so freshness is measured, and no alert the sandbox made went unstored.
        var freshness = Freshness().Match(text);
        Assert.True(freshness.Success, text);
        Assert.Equal("0", freshness.Groups["missing"].Value);
    }

    private static long Number(Regex line, string text, string group) =>
        long.Parse(line.Match(text).Groups[group].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"single tenant\s+(?<records>[\d,]+) records in\s+[\d.]+ s\s+[\d,]+ records/s")]
    private static partial Regex SingleTenant();

    [GeneratedRegex(@"first syncs\s+(?<streams>[\d,]+) streams of 3 integrations in\s+\d+ s: (?<records>[\d,]+) records, [\d,]+ records/s aggregate = [\d,]+ % of single-tenant \(target: at least 80%\)")]
    private static partial Regex FirstSyncs();

    [GeneratedRegex(@"alert freshness\s+[\d,]+ alerts created while polling: p50 \d+ s, p95 \d+ s, (?<missing>\d+) not stored \(target: p95 within 35 s, the 5 s alerts interval \+ 30 s\)")]
    private static partial Regex Freshness();
}
