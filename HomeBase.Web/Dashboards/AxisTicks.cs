namespace HomeBase.Web.Dashboards;

/// <summary>
/// The spacing of a chart's value axis for its data. MudBlazor spaces ticks 20 apart unless told, so bars of 1 to 3
/// stood under an axis to 20; a step of 1, 2 or 5 times a power of ten gives about five ticks over the data instead.
/// </summary>
public static class AxisTicks
{
    public const int Wanted = 5;

    /// <summary>The tick spacing for an axis that must reach <paramref name="max"/> (counts: whole numbers, at least 1).</summary>
    public static int For(double max)
    {
        if (max <= Wanted) return 1;
        var rough = max / Wanted;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1, 2, 5, 10 }.Select(m => m * power).First(s => s >= rough);
        return (int)Math.Min(int.MaxValue, Math.Max(1, step));
    }

    /// <summary>The spacing for stacked series: the tallest stack is the sum of the series at one point.</summary>
    public static int ForStacked(IReadOnlyList<IReadOnlyList<long>> series)
    {
        var points = series.Count == 0 ? 0 : series.Max(s => s.Count);
        return For(points == 0 ? 0 : Enumerable.Range(0, points).Max(i => series.Sum(s => i < s.Count ? s[i] : 0)));
    }

    /// <summary>The spacing for series drawn side by side or as lines: the largest single value.</summary>
    public static int ForLargest(IReadOnlyList<IReadOnlyList<long>> series) =>
        For(series.Count == 0 ? 0 : series.Max(s => s.Count == 0 ? 0 : s.Max()));
}
