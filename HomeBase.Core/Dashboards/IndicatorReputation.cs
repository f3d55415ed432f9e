using HomeBase.Core.Ingestion.Records;

namespace HomeBase.Core.Dashboards;

/// <summary>
/// What Defender Threat Intelligence says of one indicator: its classification and score (null when Microsoft has no record of
/// the host), and the intel articles that mention it, each with its title and Microsoft's link (https only).
/// </summary>
public sealed record IndicatorReputation(string Classification, int? Score, bool Known, IReadOnlyList<HostReputationRule> Articles, string Href);
