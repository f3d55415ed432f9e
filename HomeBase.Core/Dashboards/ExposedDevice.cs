namespace HomeBase.Core.Dashboards;

/// <summary>One onboarded device among the most exposed: its exposure level and risk score as Defender reports them, and its page.</summary>
public sealed record ExposedDevice(string Name, string Integration, string? ExposureLevel, string? RiskScore, string? OsPlatform, string Href);
