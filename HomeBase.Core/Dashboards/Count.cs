namespace HomeBase.Core.Dashboards;

/// <summary>A count with the records behind it: every number on a dashboard opens its rows.</summary>
public sealed record Count(string Label, long Value, string Href);
