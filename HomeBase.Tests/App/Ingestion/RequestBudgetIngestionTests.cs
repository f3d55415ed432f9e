using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>
/// Request budgets end to end, on the real clock against the sandbox's documented limits: a sign-in backfill that
/// needs more report requests than Graph allows in ten seconds (5) stays inside the limit and meets no 429, and
/// without budgets the same sync does meet them.
/// </summary>
[Trait("Category", "App")]
public sealed partial class RequestBudgetIngestionTests
{
    private const string Reports = "graph_reports";
    private static readonly TimeSpan ReportsWindow = TimeSpan.FromSeconds(10);

    // 2,000 sign-ins a month leave about 470 in the default 7-day backfill: 75 a page makes 7 report requests.
    private const int PageSize = 75;

    [Fact]
    public async Task Sync_BudgetsOnRealisticThrottling_NoRequestIsRefusedAndCountsAreExact()
    {
        await using var app = new PacedIngestionApp(requestBudgets: true, maxPageSize: PageSize);
        var integration = await app.ConnectContosoAsync();

        var result = await app.Runner.RunAsync(integration, StreamCatalog.SignIns);

        Assert.True(result!.State == StreamStates.Healthy, $"{result.State}: {result.Error}");
        var requests = await app.RequestsAsync(Reports);
        Assert.True(requests.Count > 5, $"only {requests.Count} report requests: the sync never needed a second window");
        Assert.True(result.Pages == requests.Count, string.Join("\n", requests.Select(r => $"{r.At:HH:mm:ss.fff} {r.Throttled} {r.Path[..Math.Min(80, r.Path.Length)]}")));
        Assert.DoesNotContain(requests, r => r.Throttled);
        // At most five in any ten seconds, as the sandbox (and Graph) count them: the sixth after the first left the window.
        for (var i = 5; i < requests.Count; i++)
        {
            Assert.True(requests[i].At - requests[i - 5].At >= ReportsWindow,
                $"requests {i - 4} and {i + 1} were {(requests[i].At - requests[i - 5].At).TotalSeconds:F2} s apart");
        }

        var truth = await SignInsServedAsync(app, requests[0]);
        Assert.Equal(truth, result.RecordsAdded);
        Assert.Equal(truth, await app.QueryAsync(db => StreamRecordCounts.CountAsync(db, integration, StreamCatalog.SignIns)));
    }

    [Fact]
    public async Task Sync_BudgetsOffRealisticThrottling_MeetsTheSandboxs429()
    {
        // One try per page: the first 429 ends the run instead of sitting out Graph's Retry-After.
        await using var app = new PacedIngestionApp(requestBudgets: false, maxPageSize: PageSize, maxAttempts: 1);
        var integration = await app.ConnectContosoAsync();

        var result = await app.Runner.RunAsync(integration, StreamCatalog.SignIns);

        Assert.Equal(StreamStates.Throttled, result!.State);
        var requests = await app.RequestsAsync(Reports);
        Assert.Equal(6, requests.Count);
        Assert.Equal([false, false, false, false, false, true], requests.Select(r => r.Throttled));
    }

    /// <summary>The sign-ins the sandbox served to the run: from the first request's filter up to the moment it was asked.</summary>
    private static async Task<long> SignInsServedAsync(PacedIngestionApp app, SandboxRequest first)
    {
        var from = DateTimeOffset.Parse(FilterFrom().Match(Uri.UnescapeDataString(first.Path)).Groups[1].Value, CultureInfo.InvariantCulture);
        static string Iso(DateTimeOffset time) => Uri.EscapeDataString(time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture));
        var response = await app.SandboxControlAsync(HttpMethod.Get, $"/tenants/contoso/ground-truth?from={Iso(from)}&to={Iso(first.At)}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["sign_ins"]!.GetValue<long>();
    }

    [GeneratedRegex(@"createdDateTime ge (\S+?)(&|$)")]
    private static partial Regex FilterFrom();
}
