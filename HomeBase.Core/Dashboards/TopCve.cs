namespace HomeBase.Core.Dashboards;

public sealed record TopCve(string CveId, string? Severity, double? Cvss, long Machines, string Href);
