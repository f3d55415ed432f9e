using HomeBase.Core.Access;
using HomeBase.Core.Dashboards;
using HomeBase.Core.Platform.Telemetry;
using Microsoft.AspNetCore.Components;

namespace HomeBase.Web.Dashboards;

public partial class OverviewPage
{
    private static readonly (string Label, TimeSpan Span)[] Periods =
        [("24h", TimeSpan.FromHours(24)), ("7d", TimeSpan.FromDays(7)), ("30d", TimeSpan.FromDays(30))];

    private Overview? overview;
    private TimeSpan period = TimeSpan.FromHours(24);

    [Inject]
    private OverviewService Dashboards { get; set; } = default!;

    protected override string RequiredRole => Roles.Viewer;

    [Inject]
    private HomeBaseMetrics Metrics { get; set; } = default!;

    // Timed like every DashboardPage; the Overview is a TenantPage, with no filters of its own to resolve.
    protected override Task OnAccessAsync() =>
        Metrics.TimeDashboardAsync(nameof(OverviewPage), async () => overview = (await Dashboards.GetAsync(Access!, period)).Value);

    private async Task SetPeriodAsync(TimeSpan span)
    {
        period = span;
        await OnAccessAsync();
    }

    private string PeriodName => Periods.First(p => p.Span == period).Label;

    private string Change(Headline headline)
    {
        if (headline.Previous is { } previous)
        {
            var delta = headline.Value - previous;
            return delta == 0 ? $"same as the previous {PeriodName}" : $"{(delta > 0 ? "▲" : "▼")} {Math.Abs(delta):N0} vs the previous {PeriodName}";
        }
        var added = headline.NewInPeriod ?? 0;
        if (headline.FirstSyncInPeriod) return added > 0 ? $"{added:N0} new since the first sync" : "first sync: changes show from here on";
        return added > 0 ? $"{added:N0} new in {PeriodName}" : $"none new in {PeriodName}";
    }
}
