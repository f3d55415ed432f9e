namespace HomeBase.Core.Dashboards;

/// <summary>An open Defender for Identity health issue with Microsoft's recommendations and commands, one per item.</summary>
public sealed record IdentityHealthProblem(
    string Name, string IntegrationName, string? Description, string? Severity, string? Type, IReadOnlyList<string> Sensors,
    IReadOnlyList<string> Recommendations, IReadOnlyList<string> Commands, DateTime CreatedAt, string Href);
