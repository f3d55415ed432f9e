using System.Linq.Expressions;

namespace HomeBase.Core.Ingestion.Records;

/// <summary>
/// One Defender for Identity sensor (Graph <c>security/identities/sensors</c>): the domain controller, AD FS, AD CS or
/// Entra Connect server it watches, and whether it is running, healthy and up to date. A snapshot, re-read in full.
/// A sensor that is down means no identity alerts from that server at all, so the page shows it as a problem.
/// </summary>
public sealed class IdentitySensorRecord : IngestedRecord, ISnapshotRecord
{
    public DateTime? LastSyncedAt { get; set; }

    public string? DisplayName { get; set; }

    public string? DomainName { get; set; }

    /// <summary><c>domainControllerIntegrated</c>, <c>domainControllerStandalone</c>, <c>adfsIntegrated</c>, <c>adcsIntegrated</c>, <c>adConnectIntegrated</c>.</summary>
    public string? SensorType { get; set; }

    public string? Version { get; set; }

    /// <summary><c>upToDate</c>, <c>outdated</c>, <c>updating</c>, <c>updateFailed</c>, <c>notConfigured</c>, <c>unreachable</c>, <c>disconnected</c>, <c>startFailure</c>, <c>syncing</c>.</summary>
    public string? DeploymentStatus { get; set; }

    /// <summary><c>healthy</c>, <c>notHealthyLow</c>, <c>notHealthyMedium</c>, <c>notHealthyHigh</c>.</summary>
    public string? HealthStatus { get; set; }

    /// <summary><c>running</c>, <c>starting</c>, <c>stopped</c>, <c>disabled</c>, <c>onboarding</c>, <c>unknown</c>; absent from Microsoft's shortened example.</summary>
    public string? ServiceStatus { get; set; }

    public long OpenHealthIssuesCount { get; set; }

    /// <summary>The domain controllers the sensor's settings name, comma-separated.</summary>
    public string? DomainControllerDnsNames { get; set; }

    public DateTime? CreatedAt { get; set; }

    /// <summary>The deployment states in which the sensor is not watching or cannot be updated.</summary>
    public static readonly string[] FailedDeployments = ["updateFailed", "notConfigured", "unreachable", "disconnected", "startFailure"];

    /// <summary>The service states that mean the sensor is not collecting.</summary>
    public static readonly string[] StoppedServices = ["stopped", "disabled", "unknown"];

    /// <summary>
    /// A sensor failing to watch its server: not healthy, stopped or unknown, or a deployment that failed; a state Microsoft did
    /// not send is no problem. One rule for the page's count (<see cref="HasProblem"/>) and the records' filter (in SQL).
    /// </summary>
    public static readonly Expression<Func<IdentitySensorRecord, bool>> Problem = s =>
        (s.HealthStatus != null && s.HealthStatus != "healthy")
        || (s.ServiceStatus != null && StoppedServices.Contains(s.ServiceStatus))
        || (s.DeploymentStatus != null && FailedDeployments.Contains(s.DeploymentStatus));

    /// <summary>The sensors <see cref="Problem"/> does not hold for.</summary>
    public static readonly Expression<Func<IdentitySensorRecord, bool>> NoProblem =
        Expression.Lambda<Func<IdentitySensorRecord, bool>>(Expression.Not(Problem.Body), Problem.Parameters);

    private static readonly Func<IdentitySensorRecord, bool> IsProblem = Problem.Compile();

    /// <summary>Whether the sensor is failing to watch its server (<see cref="Problem"/>).</summary>
    public bool HasProblem => IsProblem(this);
}
