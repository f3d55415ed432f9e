namespace HomeBase.Core.Dashboards;

/// <summary>A group that holds a directory role: every member holds it too. its members hold it through the group.</summary>
public sealed record PrivilegedGroup(string Name, IReadOnlyList<string> Roles, long MemberCount, string IntegrationName);
