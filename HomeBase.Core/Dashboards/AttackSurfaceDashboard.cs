namespace HomeBase.Core.Dashboards;

/// <summary>
/// The Attack surface page: Defender for Endpoint's exposure score (0–100, lower is better) and device secure score as of their
/// latest reading, each opening its readings, with their daily trend over the range; the exposure of each machine group; how many
/// onboarded devices are highly exposed or at high risk; the devices with the most exposure; and the active recommendations that
/// would lower the exposure most (<see cref="ActiveRecommendations"/> counts them all). With several integrations the
/// scores are the average of their latest readings (<see cref="Tenants"/> says how many).
/// </summary>
public sealed record AttackSurfaceDashboard(
    Coverage ScoreCoverage, Coverage DeviceCoverage, double? ExposureScore, string? ExposureLevel, double? DeviceSecureScore, DateTime? AsOf, int Tenants,
    double? ExposureChange, string ExposureHref, string DeviceScoreHref, TimeSeries Trend, IReadOnlyList<double?> ExposureTrend, IReadOnlyList<double?> DeviceScoreTrend,
    IReadOnlyList<MachineGroupExposure> ByMachineGroup, IReadOnlyList<Count> Headlines, IReadOnlyList<ExposedDevice> MostExposed,
    Coverage RecommendationCoverage, Count ActiveRecommendations, IReadOnlyList<RecommendationSummary> TopRecommendations);
