namespace HomeBase.Core.Dashboards;

/// <summary>
/// One Defender for Identity sensor as the Identity attacks page lists it: what it watches, whether it works, and when it
/// does not, Microsoft's first recommendation from the open health issue that names it (<see cref="Fix"/>).
/// </summary>
public sealed record IdentitySensorStatus(
    string Name, string IntegrationName, string? SensorType, string? DomainName, string? HealthStatus, string? ServiceStatus, string? DeploymentStatus,
    string? Version, long OpenHealthIssues, bool HasProblem, string? Fix, string Href);
