namespace HomeBase.Core.Dashboards;

/// <summary>One directory role and everyone holding it; <see cref="Holders"/> opens the same assignments as records.</summary>
public sealed record RoleHolders(string RoleName, bool? BuiltIn, Count Holders, IReadOnlyList<RoleHolder> Members);
