namespace HomeBase.Core.Dashboards;

/// <summary>A headline number, with its change: against the previous period for events, new in the period for states.</summary>
public sealed record Headline(string Key, string Label, long Value, long? Previous, long? NewInPeriod, string? Href = null);
