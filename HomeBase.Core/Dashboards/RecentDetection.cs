namespace HomeBase.Core.Dashboards;

public sealed record RecentDetection(string? Type, string? Level, DateTime? DetectedAt);
