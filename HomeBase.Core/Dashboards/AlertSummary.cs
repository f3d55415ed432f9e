namespace HomeBase.Core.Dashboards;

public sealed record AlertSummary(string Title, string? Severity, string? Status, string? Category, DateTime CreatedAt, string Href);
