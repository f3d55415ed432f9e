using System.Globalization;

namespace HomeBase.Core.Dashboards;

/// <summary>The buckets of a time range, by hour for a day or two, else by day, and the label of each.</summary>
public sealed class TimeBuckets
{
    private readonly TimeRange range;

    public TimeBuckets(TimeRange range)
    {
        this.range = range;
        var step = range.ByHour ? TimeSpan.FromHours(1) : TimeSpan.FromDays(1);
        var first = range.ByHour
            ? new DateTime(range.From.Year, range.From.Month, range.From.Day, range.From.Hour, 0, 0, DateTimeKind.Utc)
            : range.From.Date;
        var starts = new List<DateTime>();
        for (var at = first; at < range.To; at += step) starts.Add(at);
        Starts = starts;
    }

    public IReadOnlyList<DateTime> Starts { get; }

    public IReadOnlyList<string> Labels => [.. Starts.Select(s => range.ByHour ? s.ToString("HH:00", CultureInfo.InvariantCulture) : s.ToString("MMM d", CultureInfo.InvariantCulture))];

    /// <summary>The start of the bucket a (day, hour) from the database falls in.</summary>
    public DateTime Bucket(DateTime day, int hour) => range.ByHour ? day.Date.AddHours(hour) : day.Date;

    /// <summary>One value per bucket from grouped counts (missing buckets are zero).</summary>
    public long[] Fill(IEnumerable<(DateTime Bucket, long Count)> counts)
    {
        var values = new long[Starts.Count];
        var index = Starts.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i);
        foreach (var (bucket, count) in counts)
        {
            if (index.TryGetValue(bucket, out var i)) values[i] += count;
        }
        return values;
    }
}
