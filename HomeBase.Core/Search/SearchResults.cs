namespace HomeBase.Core.Search;

/// <summary>What a search found, grouped by kind in <see cref="SearchKinds.Order"/>; only kinds with hits have a group.</summary>
public sealed record SearchResults(string Query, IReadOnlyList<SearchGroup> Groups)
{
    public bool Empty => Groups.Count == 0;
}
