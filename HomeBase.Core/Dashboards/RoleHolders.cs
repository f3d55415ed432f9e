namespace HomeBase.Core.Dashboards;

/// <summary>
/// One directory role and everyone holding it or eligible for it; <see cref="Holders"/> opens the assignments as records,
/// <see cref="EligibleHolders"/> the PIM eligibilities.
/// </summary>
public sealed record RoleHolders(string RoleName, bool? BuiltIn, Count Holders, IReadOnlyList<RoleHolder> Members, Count? EligibleHolders = null);
