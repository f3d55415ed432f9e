namespace HomeBase.Core.Dashboards;

/// <summary>
/// One indicator of the period: how many alerts named it (<see cref="Alerts"/>, opening those sightings), when it was first and
/// last seen, how many of those alerts' evidence Microsoft judged malicious, and Defender Threat Intelligence's reputation of it
/// (null for URLs and file hashes, which it cannot look up, and for hosts not yet checked).
/// </summary>
public sealed record IndicatorSummary(string Kind, string Value, long Alerts, long MaliciousVerdicts, DateTime FirstSeen, DateTime LastSeen, string Href,
    IndicatorReputation? Reputation = null);
