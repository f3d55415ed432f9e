using HomeBase.Web.Dashboards;

namespace HomeBase.Tests.Unit.Dashboards;

/// <summary>A chart's value axis follows its data: about five ticks, at 1, 2 or 5 times a power of ten.</summary>
[Trait("Category", "Unit")]
public sealed class AxisTicksTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 1)]
    [InlineData(12, 5)]
    [InlineData(20, 5)]
    [InlineData(37, 10)]
    [InlineData(480, 100)]
    [InlineData(12_345, 5_000)]
    public void Step_KeepsAboutFiveTicksOverTheData(double max, int step) => Assert.Equal(step, AxisTicks.For(max));

    [Fact]
    public void Stacks_AreMeasuredByTheirTallestBucket() =>
        // Buckets stack to 3, 5 and 2: the axis must reach 5, not the largest single value (3).
        Assert.Equal(AxisTicks.For(5), AxisTicks.ForStacked([[1, 3, 2], [2, 2, 0]]));

    [Fact]
    public void NoSeries_HaveTheSmallestStep() => Assert.Equal(1, AxisTicks.ForStacked([]));
}
