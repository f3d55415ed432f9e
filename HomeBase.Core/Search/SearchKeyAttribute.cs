namespace HomeBase.Core.Search;

/// <summary>
/// Marks a column that holds <see cref="SearchKeys.Of"/> of another: the app's search reads it by prefix through
/// its index, so every provider stores it in a byte-order collation (docs/architecture.md, "Search").
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SearchKeyAttribute : Attribute;
