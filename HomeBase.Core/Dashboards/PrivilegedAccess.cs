namespace HomeBase.Core.Dashboards;

/// <summary>The Privileged access page: who holds Entra ID's admin roles, role by role, Global Administrator first.</summary>
public sealed record PrivilegedAccess(Coverage Coverage, IReadOnlyList<Count> Headlines, IReadOnlyList<RoleHolders> Roles);
