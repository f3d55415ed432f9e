using System.Text;

namespace HomeBase.Web.Dashboards;

/// <summary>
/// RFC 4180 CSV: fields with a comma, quote or line break are quoted, and a field that a spreadsheet would
/// run as a formula (starting with = + - @ or a tab) is prefixed with an apostrophe, since the data comes
/// from a customer's tenant and may be hostile.
/// </summary>
public static class CsvWriter
{
    public static string Line(IReadOnlyList<string?> fields)
    {
        var line = new StringBuilder();
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) line.Append(',');
            line.Append(Field(fields[i]));
        }
        return line.Append("\r\n").ToString();
    }

    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
