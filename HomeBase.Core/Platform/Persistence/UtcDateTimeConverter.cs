using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HomeBase.Core.Platform.Persistence;

/// <summary>Stores DateTimes as UTC and reads them back with <see cref="DateTimeKind.Utc"/>.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
