using HomeBase.Web.Dashboards;

namespace HomeBase.Tests.Unit.Dashboards;

[Trait("Category", "Unit")]
public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData(null, "")]
    // A customer's tenant names things: a cell that a spreadsheet would run as a formula is defused.
    [InlineData("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    public void Field_QuotesAndDefuses(string? value, string expected) => Assert.Equal(expected, CsvWriter.Field(value));

    [Fact]
    public void Line_JoinsWithCommasAndEndsWithCrLf() => Assert.Equal("a,,\"b,c\"\r\n", CsvWriter.Line(["a", null, "b,c"]));
}
