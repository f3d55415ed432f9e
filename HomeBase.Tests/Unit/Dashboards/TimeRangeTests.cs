using HomeBase.Core.Dashboards;

namespace HomeBase.Tests.Unit.Dashboards;

[Trait("Category", "Unit")]
public sealed class TimeRangeTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 15, 30, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(null, 24)]
    [InlineData("24h", 24)]
    [InlineData("7d", 7 * 24)]
    [InlineData("30D", 30 * 24)]
    public void Presets_EndNow(string? key, int hours)
    {
        var range = TimeRange.Parse(key, null, null, Now).Value!;
        Assert.Equal(Now, range.To);
        Assert.Equal(TimeSpan.FromHours(hours), range.Length);
        Assert.Equal(range.From - range.Length, range.Previous.From);
    }

    [Fact]
    public void Custom_IsWholeDaysWithTheLastDayIncluded()
    {
        var range = TimeRange.Parse("custom", new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 26), Now).Value!;
        Assert.Equal(new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc), range.From);
        Assert.Equal(new DateTime(2026, 11, 27, 0, 0, 0, DateTimeKind.Utc), range.To);
        Assert.False(range.ByHour);
        Assert.Equal(7, new TimeBuckets(range).Starts.Count);
    }

    [Theory]
    [InlineData("week", null, null, "range")]
    [InlineData("custom", "2026-11-20", null, "from")]
    [InlineData("custom", "2026-11-26", "2026-11-20", "to")]
    [InlineData("custom", "2024-01-01", "2026-11-20", "from")]
    public void Invalid_SaysWhichFieldAndWhy(string key, string? from, string? to, string field)
    {
        var result = TimeRange.Parse(key, from is null ? null : DateOnly.Parse(from), to is null ? null : DateOnly.Parse(to), Now);
        Assert.Equal("validation_failed", result.Failure!.Code);
        Assert.True(result.Failure.Errors!.ContainsKey(field));
    }

    [Fact]
    public void Buckets_OfADay_AreHoursAndFillMissingWithZero()
    {
        var range = TimeRange.Preset("24h", Now);
        var buckets = new TimeBuckets(range);
        Assert.Equal(25, buckets.Starts.Count);
        var values = buckets.Fill([(buckets.Bucket(Now.Date, 15), 3), (buckets.Bucket(Now.Date, 15), 2)]);
        Assert.Equal(5, values[^1]);
        Assert.Equal(5, values.Sum());
    }
}
