namespace HomeBase.Core.Dashboards;

public sealed record ComplianceDashboard(
    Coverage ScoreCoverage, Coverage StandardsCoverage, Coverage RecommendationCoverage,
    double? ScorePercent, double Current, double Max, TimeSeries ScoreTrend, IReadOnlyList<double?> TrendPercent,
    IReadOnlyList<StandardSummary> Standards, IReadOnlyList<FailingControl> FailingControls,
    IReadOnlyList<Count> RecommendationsBySeverity, IReadOnlyList<Count> RecommendationsByResourceType, Count UnhealthyRecommendations);
