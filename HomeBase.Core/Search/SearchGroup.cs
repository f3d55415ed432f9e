namespace HomeBase.Core.Search;

/// <summary>
/// The hits of one kind (<see cref="SearchKinds"/>), at most <see cref="SearchService.HitsPerKind"/>;
/// <see cref="More"/> when more matched than are shown.
/// </summary>
public sealed record SearchGroup(string Kind, string Title, IReadOnlyList<SearchHit> Hits, bool More);
