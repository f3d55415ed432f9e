namespace HomeBase.Core.Dashboards;

/// <summary>
/// A headline number, with its change: against the previous period for events, new in the period for states. A state
/// is new when it appeared after its integration's first sync; <paramref name="FirstSyncInPeriod"/> says that a first
/// sync happened in the period (or has not finished), so what it found is not counted as new.
/// </summary>
public sealed record Headline(string Key, string Label, long Value, long? Previous, long? NewInPeriod, string? Href = null, bool FirstSyncInPeriod = false);
