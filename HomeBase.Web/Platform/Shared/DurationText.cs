using System.Globalization;

namespace HomeBase.Web.Platform.Shared;

/// <summary>How long something took, in words a person reads: "240 ms" for a quick check rather than "0.2 s" or "0.0 s".</summary>
public static class DurationText
{
    public static string Of(long milliseconds) => milliseconds switch
    {
        < 1000 => $"{Math.Max(0, milliseconds)} ms",
        < 60_000 => (milliseconds / 1000.0).ToString("0.0 's'", CultureInfo.InvariantCulture),
        _ => $"{milliseconds / 60_000} min {milliseconds % 60_000 / 1000} s",
    };
}
