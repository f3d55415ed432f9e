using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HomeBase.Core.Platform.Persistence;

/// <summary>
/// Stores DateTimes as UTC, to the microsecond, and reads them back with <see cref="DateTimeKind.Utc"/>. PostgreSQL
/// keeps microseconds while Microsoft's APIs send ten-millionths (<c>…41.6195833Z</c>): cut to what every provider
/// keeps, a value read again equals the one stored, so an unchanged record is never counted as changed.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => ToStored(value),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc))
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    public static DateTime ToStored(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime();
        return new DateTime(utc.Ticks - utc.Ticks % TicksPerMicrosecond, DateTimeKind.Utc);
    }
}
