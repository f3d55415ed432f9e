namespace HomeBase.Core.Dashboards;

/// <summary>
/// The Incidents page: open incidents now (whatever the range: an attack opened last month and still open matters most),
/// by severity and status, the verdicts of the resolved ones, and the open incidents most recently updated.
/// </summary>
public sealed record IncidentsDashboard(
    Coverage Coverage, IReadOnlyList<Count> Headlines, IReadOnlyList<Count> OpenBySeverity, IReadOnlyList<Count> ByStatus,
    IReadOnlyList<Count> ResolvedByClassification, IReadOnlyList<Count> ResolvedByDetermination, IReadOnlyList<IncidentSummary> Latest);
