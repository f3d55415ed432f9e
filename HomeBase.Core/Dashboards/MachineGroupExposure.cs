namespace HomeBase.Core.Dashboards;

/// <summary>One machine group's latest exposure score and level, opening its readings.</summary>
public sealed record MachineGroupExposure(string Group, string Integration, double Score, string Level, string Href);
