namespace HomeBase.Core.Dashboards;

/// <summary>
/// One active Defender for Endpoint recommendation: what to do, how much fixing it lowers the exposure score, the devices it leaves
/// exposed out of those it applies to, whether an exploit is public, and its record.
/// </summary>
public sealed record RecommendationSummary(string Name, string Integration, string? Category, string? RemediationType, double ExposureImpact,
    long ExposedDevices, long TotalDevices, bool PublicExploit, string Href);
