namespace HomeBase.Core.Dashboards;

/// <summary>A person on the Directory page, with the roles they hold; <see cref="Href"/> opens User 360.</summary>
public sealed record DirectoryAccount(string Name, string? PrincipalName, string? UserType, IReadOnlyList<string> Roles, string IntegrationName, string Href);
