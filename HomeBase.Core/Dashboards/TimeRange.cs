using HomeBase.Core.Platform.Common;

namespace HomeBase.Core.Dashboards;

/// <summary>
/// The time window a dashboard shows: a preset (24 h, 7 d, 30 d) ending now, or a custom window of whole
/// days. Events are counted in [From, To); the previous period is the window of the same length before it.
/// </summary>
public sealed record TimeRange(string Key, DateTime From, DateTime To)
{
    public const string Custom = "custom";

    public static readonly IReadOnlyList<(string Key, string Label, TimeSpan Length)> Presets =
        [("24h", "24 h", TimeSpan.FromHours(24)), ("7d", "7 days", TimeSpan.FromDays(7)), ("30d", "30 days", TimeSpan.FromDays(30))];

    /// <summary>Custom windows are capped at the longest retention anyone configures.</summary>
    public static readonly TimeSpan LongestCustom = TimeSpan.FromDays(400);

    public TimeSpan Length => To - From;

    public TimeRange Previous => this with { From = From - Length, To = From };

    /// <summary>Charts of a day or two go by the hour; longer windows by the day.</summary>
    public bool ByHour => Length <= TimeSpan.FromHours(48);

    public string Label => Key == Custom ? $"{From:yyyy-MM-dd} to {To.AddTicks(-1):yyyy-MM-dd}" : Presets.First(p => p.Key == Key).Label;

    /// <summary>A <c>yyyy-MM-dd</c> day from a page's address; null when absent or malformed (then <see cref="Parse"/> explains).</summary>
    public static DateOnly? Day(string? text) => DateOnly.TryParseExact(text, "yyyy-MM-dd", out var day) ? day : null;

    public static TimeRange Preset(string key, DateTime now) =>
        new(key, now - Presets.First(p => p.Key == key).Length, now);

    /// <summary>
    /// Reads a range from a page's address: a preset key, or <c>custom</c> with <c>from</c> and <c>to</c>
    /// dates (the <c>to</c> day included). Nothing given means the last 24 hours.
    /// </summary>
    public static Result<TimeRange> Parse(string? key, DateOnly? from, DateOnly? to, DateTime now)
    {
        key = string.IsNullOrWhiteSpace(key) ? "24h" : key.Trim().ToLowerInvariant();
        if (Presets.Any(p => p.Key == key)) return Preset(key, now);
        if (key != Custom) return Invalid("range", $"Unknown range '{key}': use 24h, 7d, 30d or custom.");
        if (from is null || to is null) return Invalid("from", "A custom range needs both a from and a to date.");
        if (to < from) return Invalid("to", "The to date is before the from date.");
        var start = from.Value.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var end = to.Value.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        if (end - start > LongestCustom) return Invalid("from", $"A custom range can span at most {LongestCustom.TotalDays:0} days.");
        return new TimeRange(Custom, start, end);
    }

    private static Failure Invalid(string field, string message) =>
        Failure.Validation(new Dictionary<string, string[]> { [field] = [message] });
}
