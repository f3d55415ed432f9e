namespace HomeBase.Core.Dashboards;

public sealed record UserDevice(string Name, string? OsPlatform, string? ExposureLevel, string Href);
