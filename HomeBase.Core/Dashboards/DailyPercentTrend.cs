using System.Globalization;

namespace HomeBase.Core.Dashboards;

/// <summary>
/// A score's daily percentage over a range, for the Secure Score and Compliance trends: one point per day, the tenants summed;
/// and the days and labels of any daily trend (the Attack surface page's scores).
/// </summary>
internal static class DailyPercentTrend
{
    /// <summary>
    /// The range's days (or, for a range shown by the hour, the days that have a score) and each one's score as a percentage
    /// of its maximum; null for a day without a score.
    /// </summary>
    public static (TimeSeries Days, IReadOnlyList<double?> Percent) Of(TimeRange range, IEnumerable<(DateTime Day, double Current, double Max)> scores)
    {
        var byDay = scores.GroupBy(s => s.Day.Date).ToDictionary(g => g.Key, g => (Current: g.Sum(s => s.Current), Max: g.Sum(s => s.Max)));
        var starts = Days(range, byDay.Keys);
        var percent = starts.Select(d => byDay.TryGetValue(d.Date, out var x) && x.Max > 0 ? Math.Round(100 * x.Current / x.Max, 1) : (double?)null).ToList();
        return (Labels(starts), percent);
    }

    /// <summary>One point a day: the range's days, or for a range shown by the hour (24 hours) only the days that have a reading.</summary>
    public static IReadOnlyList<DateTime> Days(TimeRange range, IEnumerable<DateTime> daysWithReadings) =>
        range.ByHour ? [.. daysWithReadings.Select(d => d.Date).Distinct().Order()] : new TimeBuckets(range with { From = range.From.Date }).Starts;

    /// <summary>The days as a chart's labels.</summary>
    public static TimeSeries Labels(IReadOnlyList<DateTime> days) => new([.. days.Select(d => d.ToString("MMM d", CultureInfo.InvariantCulture))], []);
}
