namespace HomeBase.Core.Dashboards;

public sealed record DevicesDashboard(
    Coverage MachineCoverage, Coverage VulnerabilityCoverage, IReadOnlyList<Count> Headlines,
    IReadOnlyList<Count> ByExposure, IReadOnlyList<Count> ByRiskScore, IReadOnlyList<Count> ByOs, IReadOnlyList<Count> ByHealth,
    IReadOnlyList<Count> VulnerabilitiesBySeverity, IReadOnlyList<Count> VulnerabilitiesByExploitability,
    Count Discovered, IReadOnlyList<TopCve> TopCves);
