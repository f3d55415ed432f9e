using HomeBase.Core.Ingestion;
using HomeBase.Core.Platform.Persistence;

namespace HomeBase.Core.Dashboards.Rollups;

/// <summary>
/// How one stream's records are counted by hour and dimension. The same computation rebuilds a stored hour
/// and counts the partial hours at the ends of a dashboard's range, so the two can never disagree.
/// </summary>
public abstract class RollupMetric
{
    /// <summary>The stream, which is also the metric's name.</summary>
    public abstract string Name { get; }

    /// <summary>The hours a page's records fall in (by the time the dashboards count them by).</summary>
    public abstract IEnumerable<DateTime> HoursOf(IngestionPage page);

    /// <summary>The counts of the records in [from, to), by hour and dimension, in the database.</summary>
    public abstract Task<List<RollupRow>> ComputeAsync(HomeBaseDbContext db, IReadOnlyList<string> integrationIds, DateTime from, DateTime to, CancellationToken cancellationToken);

    public static DateTime HourOf(DateTime time) => new(time.Year, time.Month, time.Day, time.Hour, 0, 0, DateTimeKind.Utc);

    /// <summary>The hour a (date, hour) group from the database stands for.</summary>
    protected static DateTime HourOf(DateTime date, int hour) => DateTime.SpecifyKind(date.Date.AddHours(hour), DateTimeKind.Utc);
}
