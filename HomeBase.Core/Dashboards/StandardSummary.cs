namespace HomeBase.Core.Dashboards;

public sealed record StandardSummary(string Name, long Passed, long Failed, long Skipped, string FailedHref, string Href);
