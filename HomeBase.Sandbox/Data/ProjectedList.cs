using System.Collections;

namespace HomeBase.Sandbox.Data;

/// <summary>A read-only list whose items are made when read, so a page of a large list costs only that page.</summary>
internal sealed class ProjectedList<TSource, T>(IReadOnlyList<TSource> source, Func<TSource, T> project) : IReadOnlyList<T>
{
    public int Count => source.Count;

    public T this[int index] => project(source[index]);

    public IEnumerator<T> GetEnumerator() => source.Select(project).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

internal static class ProjectedList
{
    public static IReadOnlyList<T> Project<TSource, T>(this IReadOnlyList<TSource> source, Func<TSource, T> project) =>
        new ProjectedList<TSource, T>(source, project);

    /// <summary>Items [start, start + count) read by index.</summary>
    public static IEnumerable<T> Slice<T>(this IReadOnlyList<T> list, int start, int count)
    {
        for (var i = start; i < Math.Min(list.Count, start + count); i++) yield return list[i];
    }
}
