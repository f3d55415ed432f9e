namespace HomeBase.Core.Dashboards;

/// <summary>A chart over time: one label per bucket and one series per line or stack, each bucket's count.</summary>
public sealed record TimeSeries(IReadOnlyList<string> Labels, IReadOnlyList<Series> Series)
{
    public long Total => Series.Sum(s => s.Values.Sum());
}
