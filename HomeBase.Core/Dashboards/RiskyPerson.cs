namespace HomeBase.Core.Dashboards;

/// <summary>A user Identity Protection flags, with their latest detections.</summary>
public sealed record RiskyPerson(string Name, string? RiskLevel, string? RiskState, DateTime? UpdatedAt, string Href, IReadOnlyList<RecentDetection> Detections);
