namespace HomeBase.Core.Dashboards;

/// <summary>
/// The Indicators page: the IP addresses, domains, URLs and file hashes that the period's alerts name, counted as sightings
/// (an alert naming an indicator), and the indicators named most, each with where (its alerts) and when it was seen.
/// <see cref="RankedBySample"/> says the period had more sightings than the ranking reads (its latest ones rank the list).
/// <see cref="ReputationCoverage"/> and <see cref="Reputations"/> are Defender Threat Intelligence's view of the hosts alerts named:
/// how many it has checked and judged malicious or suspicious, or why nothing is collected (no licence, no permission).
/// </summary>
public sealed record IndicatorsDashboard(Coverage Coverage, IReadOnlyList<Count> Headlines, bool RankedBySample, IReadOnlyList<IndicatorSummary> Top,
    Coverage ReputationCoverage, IReadOnlyList<Count> Reputations);
