namespace HomeBase.Core.Dashboards;

public sealed record AlertsDashboard(
    Coverage Coverage, IReadOnlyList<Count> Headlines,
    IReadOnlyList<Count> BySeverity, IReadOnlyList<Count> ByStatus, IReadOnlyList<Count> ByCategory, IReadOnlyList<Count> BySource,
    TimeSeries OverTime, IReadOnlyList<Count> Techniques, IReadOnlyList<AlertSummary> LateralMovement);
