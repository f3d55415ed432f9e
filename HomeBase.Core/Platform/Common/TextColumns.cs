
namespace HomeBase.Core.Platform.Common;

/// <summary>
/// Text from outside (Azure's values, a receiver's reason phrase, an exception's message) cut to its column's size, so
/// that one long value never makes the same write fail forever. A cut is marked; a cut key stays unique.
/// </summary>
public static class TextColumns
{
    public const string CutMarker = "…";

    /// <summary><paramref name="value"/>, or its start and <see cref="CutMarker"/> when it is longer than <paramref name="maxLength"/>.</summary>
    public static string? Fit(string? value, int maxLength) =>
        value is null || value.Length <= maxLength ? value : string.Concat(value.AsSpan(0, maxLength - CutMarker.Length), CutMarker);

    /// <summary>
    /// A key cut to <paramref name="maxLength"/>: its start, the marker and a hash of the whole value, so two long keys
    /// that share a start stay two rows, and the same long key is the same row every time it is read.
    /// </summary>
    public static string FitKey(string value, int maxLength)
    {
        if (value.Length <= maxLength) return value;
        var hash = Sha256Hex.Of(value)[..16];
        return string.Concat(value.AsSpan(0, maxLength - CutMarker.Length - hash.Length), CutMarker, hash);
    }
}
