namespace HomeBase.Core.Dashboards;

/// <summary>
/// One Conditional Access policy on the policy page: its state, what it covers and grants, its last change (from the
/// directory audits, else the policy's own time) and the sign-ins of the range it was enforced on.
/// </summary>
public sealed record PolicySummary(
    string Name, string State, string Targets, string Grants, DateTime? LastChangedAt, string? LastChangedBy, Count Changes, Count SignIns, string IntegrationName);
