namespace HomeBase.Core.Dashboards;

public sealed record RoleAssignmentChange(DateTime At, string? Operation, string? Caller, string? Status, string? ResourceId, string? CallerHref);
