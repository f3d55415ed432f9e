using System.Globalization;
using Bunit;
using HomeBase.Core.Dashboards;
using HomeBase.Web.Dashboards;
using MudBlazor;
using MudBlazor.Services;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.Components.Dashboards;

/// <summary>The charts as drawn: an axis scaled to the counts, not MudBlazor's default of ticks 20 apart.</summary>
[Trait("Category", "Components")]
public sealed class SeriesChartTests : IDisposable
{
    private readonly BunitContext context = new();

    public SeriesChartTests()
    {
        context.Services.AddMudServices();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void SmallCounts_DrawAnAxisThatEndsNearThem()
    {
        // Risk detections of a quiet week: one to three a day.
        var week = new TimeSeries(["Mon", "Tue", "Wed", "Thu"],
            [new Series("Password spray", [1, 0, 2, 1], "/records/risk_detections?type=passwordSpray"), new Series("Atypical travel", [0, 1, 1, 0], "/records/risk_detections?type=unlikelyTravel")]);

        var chart = context.Render<SeriesChart>(p => p.Add(c => c.Series, week).Add(c => c.Chart, ChartType.StackedBar));

        var ticks = chart.FindAll("g.mud-charts-yaxis text").Select(t => double.Parse(t.TextContent, CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(ticks);
        // The tallest stack is 3 (Wednesday): the axis stops within a step of it, not at 20.
        Assert.InRange(ticks.Max(), 3, 4);
    }

    public void Dispose() => context.Dispose();
}
