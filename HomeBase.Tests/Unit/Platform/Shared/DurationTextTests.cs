using HomeBase.Web.Platform.Shared;

namespace HomeBase.Tests.Unit.Platform.Shared;

[Trait("Category", "Unit")]
public sealed class DurationTextTests
{
    [Theory]
    [InlineData(0, "0 ms")]
    [InlineData(42, "42 ms")]
    [InlineData(999, "999 ms")]
    [InlineData(1000, "1.0 s")]
    [InlineData(12_345, "12.3 s")]
    [InlineData(125_000, "2 min 5 s")]
    public void AQuickCheck_ReadsInMilliseconds_ALongOneInSeconds(long milliseconds, string expected) =>
        Assert.Equal(expected, DurationText.Of(milliseconds));
}
