namespace HomeBase.Core.Dashboards;

public sealed record ActivityDashboard(
    Coverage Coverage, IReadOnlyList<Count> Headlines, TimeSeries OverTime, IReadOnlyList<ResourceTypeChanges> ByResourceType,
    IReadOnlyList<Count> FailedOperations, IReadOnlyList<Count> TopCallers, IReadOnlyList<Count> EventsByCategory,
    IReadOnlyList<RoleAssignmentChange> RoleAssignmentChanges);
