namespace HomeBase.Core.Dashboards;

/// <summary>
/// One indicator of the period: how many alerts named it (<see cref="Alerts"/>, opening those sightings), when it was first and
/// last seen, and how many of those alerts' evidence Microsoft judged malicious.
/// </summary>
public sealed record IndicatorSummary(string Kind, string Value, long Alerts, long MaliciousVerdicts, DateTime FirstSeen, DateTime LastSeen, string Href);
