namespace HomeBase.Core.Search;

/// <summary>One thing search found: what to call it, a line about it, the page it opens, and its integration.</summary>
public sealed record SearchHit(string Label, string? Detail, string Link, string IntegrationName);
