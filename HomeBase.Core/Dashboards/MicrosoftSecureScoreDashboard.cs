namespace HomeBase.Core.Dashboards;

/// <summary>
/// The Microsoft Secure Score page: the newest score of the scope's tenants (summed), how it moved over the range, its daily
/// trend, its points by product, and the controls with the most points left to earn.
/// </summary>
public sealed record MicrosoftSecureScoreDashboard(
    Coverage Coverage, double? ScorePercent, double Current, double Max, double? AllTenantsAverage, double? Change, DateTime? AsOf,
    TimeSeries Trend, IReadOnlyList<double?> TrendPercent, IReadOnlyList<Count> Headlines,
    IReadOnlyList<ProductScore> ByProduct, IReadOnlyList<SecureScoreAction> TopActions);
