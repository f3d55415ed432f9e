namespace HomeBase.Core.Search;

/// <summary>
/// How a name is kept for search: trimmed and lower-cased with the invariant culture, and cut to
/// <see cref="MaxLength"/> so that it fits an index key on every provider. A query is normalized the same way, so a
/// prefix search is a range <c>[prefix, After(prefix))</c> over the key's index, in byte order.
/// </summary>
public static class SearchKeys
{
    public const int MaxLength = 200;

    public static string? Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var key = text.Trim().ToLowerInvariant();
        return key.Length <= MaxLength ? key : key[..MaxLength];
    }

    /// <summary>
    /// The smallest key greater than every key starting with <paramref name="prefix"/>; null when there is none (a
    /// prefix of nothing but U+FFFF), and then search makes no prefix query for it.
    /// </summary>
    public static string? After(string prefix)
    {
        // A trailing U+FFFF cannot be raised: drop it and raise the character before it.
        var end = prefix.TrimEnd(char.MaxValue);
        return end.Length == 0 ? null : end[..^1] + (char)(end[^1] + 1);
    }
}
