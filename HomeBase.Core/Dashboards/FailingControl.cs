namespace HomeBase.Core.Dashboards;

public sealed record FailingControl(string Standard, string Control, string? Description, long FailedAssessments, string Href);
