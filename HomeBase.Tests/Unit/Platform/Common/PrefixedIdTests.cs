using HomeBase.Core.Platform.Common;
using Microsoft.Extensions.Time.Testing;

namespace HomeBase.Tests.Unit.Platform.Common;

[Trait("Category", "Unit")]
public sealed class PrefixedIdTests
{
    [Fact]
    public void New_IsPrefixAndALowerCaseUlid()
    {
        var id = PrefixedId.New(PrefixedId.Tenant, TimeProvider.System);
        Assert.Matches("^ten_[0-7][0-9a-hjkmnp-tv-z]{25}$", id);
        Assert.True(PrefixedId.IsValid(PrefixedId.Tenant, id));
    }

    [Fact]
    public void New_LaterIdsSortAfterEarlierOnes()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
        var ids = new List<string>();
        for (var i = 0; i < 50; i++)
        {
            ids.Add(PrefixedId.New(PrefixedId.Integration, time));
            time.Advance(TimeSpan.FromMilliseconds(1));
        }
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public void New_EncodesTheTimestampInTheFirstTenCharacters()
    {
        // 2026-11-27T10:00:00Z is 1795774800000 ms since the epoch.
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(1_795_774_800_000));
        var a = PrefixedId.New(PrefixedId.Integration, time);
        var b = PrefixedId.New(PrefixedId.Integration, time);
        Assert.Equal(a[..14], b[..14]);
        Assert.NotEqual(a, b);
    }

    [Theory]
    [InlineData("ten", null)]
    [InlineData("ten", "")]
    [InlineData("ten", "int_01jd8v6m3k4x5y6z7a8b9c0d1e")]
    [InlineData("ten", "ten_01jd8v6m3k4x5y6z7a8b9c0d1")]
    [InlineData("ten", "ten_01jd8v6m3k4x5y6z7a8b9c0d1ee")]
    [InlineData("ten", "ten_01JD8V6M3K4X5Y6Z7A8B9C0D1E")]
    [InlineData("ten", "ten_01jd8v6m3k4x5y6z7a8b9c0d1u")]
    [InlineData("ten", "ten_81jd8v6m3k4x5y6z7a8b9c0d1e")]
    public void IsValid_RejectsWhatIsNotThatKindOfId(string prefix, string? value) =>
        Assert.False(PrefixedId.IsValid(prefix, value));
}
