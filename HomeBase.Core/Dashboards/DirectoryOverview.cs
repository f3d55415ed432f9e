namespace HomeBase.Core.Dashboards;

/// <summary>
/// The Directory page: the scope's users and groups, and the accounts that widen the attack surface (guests, disabled
/// accounts that still hold a role, accounts synced from on-premises, groups that hold a role, accounts nobody has used
/// for 90 days).
/// </summary>
public sealed record DirectoryOverview(
    Coverage UserCoverage, Coverage GroupCoverage, Coverage SignInActivityCoverage, IReadOnlyList<Count> Headlines, IReadOnlyList<Count> Inactive,
    IReadOnlyList<DirectoryAccount> DisabledRoleHolders, IReadOnlyList<PrivilegedGroup> PrivilegedGroups, IReadOnlyList<Count> UsersByDepartment);
