using System.Globalization;

namespace HomeBase.Core.Dashboards;

/// <summary>A score's daily percentage over a range, for the Secure Score and Compliance trends: one point per day, the tenants summed.</summary>
internal static class DailyPercentTrend
{
    /// <summary>
    /// The range's days (or, for a range shown by the hour, the days that have a score) and each one's score as a percentage
    /// of its maximum; null for a day without a score.
    /// </summary>
    public static (TimeSeries Days, IReadOnlyList<double?> Percent) Of(TimeRange range, IEnumerable<(DateTime Day, double Current, double Max)> scores)
    {
        var byDay = scores.GroupBy(s => s.Day.Date).ToDictionary(g => g.Key, g => (Current: g.Sum(s => s.Current), Max: g.Sum(s => s.Max)));
        IReadOnlyList<DateTime> starts = range.ByHour ? [.. byDay.Keys.Order()] : new TimeBuckets(range with { From = range.From.Date }).Starts;
        var percent = starts.Select(d => byDay.TryGetValue(d.Date, out var x) && x.Max > 0 ? Math.Round(100 * x.Current / x.Max, 1) : (double?)null).ToList();
        return (new TimeSeries([.. starts.Select(d => d.ToString("MMM d", CultureInfo.InvariantCulture))], []), percent);
    }
}
