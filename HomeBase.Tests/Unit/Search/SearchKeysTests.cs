using HomeBase.Core.Search;

namespace HomeBase.Tests.Unit.Search;

[Trait("Category", "Unit")]
public sealed class SearchKeysTests
{
    [Theory]
    [InlineData("  Adele VANCE ", "adele vance")]
    [InlineData("ZOË O'Neil", "zoë o'neil")]
    [InlineData("HOST-42.Contoso.Local", "host-42.contoso.local")]
    public void Of_TrimsAndLowerCasesInvariantly(string text, string key) => Assert.Equal(key, SearchKeys.Of(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Of_Nothing_IsNull(string? text) => Assert.Null(SearchKeys.Of(text));

    [Fact]
    public void Of_ALongName_IsCutToTheIndexedWidth() =>
        Assert.Equal(new string('a', SearchKeys.MaxLength), SearchKeys.Of(new string('A', SearchKeys.MaxLength + 50)));

    [Theory]
    [InlineData("adele", "adelf")]
    [InlineData("zoë", "zoì")]
    [InlineData("a\uffff", "b")]
    [InlineData("10.0.", "10.0/")]
    public void After_IsTheFirstKeyPastEveryKeyWithThePrefix(string prefix, string after)
    {
        Assert.Equal(after, SearchKeys.After(prefix));
        // Every key that starts with the prefix sorts inside [prefix, after) in byte order.
        foreach (var key in new[] { prefix, prefix + "a", prefix + "\uffff", prefix + "zzz" })
        {
            Assert.True(string.CompareOrdinal(key, prefix) >= 0 && string.CompareOrdinal(key, after) < 0, key);
        }
    }

    [Fact]
    public void After_APrefixOfNothingButTheLastCharacter_HasNoBound() => Assert.Null(SearchKeys.After("\uffff\uffff"));
}
