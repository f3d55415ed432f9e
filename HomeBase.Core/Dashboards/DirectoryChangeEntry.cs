namespace HomeBase.Core.Dashboards;

/// <summary>One high-signal directory change; <see cref="Href"/> opens its record.</summary>
public sealed record DirectoryChangeEntry(
    DateTime At, string Signal, string? Activity, string? InitiatedBy, string? Target, string? RoleName, string IntegrationName, string Href, string? TargetHref);
