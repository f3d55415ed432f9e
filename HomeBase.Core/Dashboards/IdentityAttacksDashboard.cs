namespace HomeBase.Core.Dashboards;

/// <summary>
/// The Identity attacks page: Defender for Identity's alerts of the range by attack category (lateral movement and
/// credential access apart), by the host and the account they name; its sensors and open health issues now, each problem
/// with its fix; and the identity posture controls of Microsoft Secure Score that Defender for Identity reports.
/// <see cref="NotLicensed"/> names the integrations whose tenant has no Defender for Identity: for them the page says so
/// rather than showing zeros.
/// </summary>
public sealed record IdentityAttacksDashboard(
    Coverage AlertCoverage, Coverage SensorCoverage, Coverage PostureCoverage, IReadOnlyList<string> NotLicensed,
    IReadOnlyList<Count> Headlines, IReadOnlyList<Count> ByCategory, IReadOnlyList<Count> ByHost, IReadOnlyList<Count> ByAccount,
    IReadOnlyList<IdentitySensorStatus> Sensors, IReadOnlyList<IdentityHealthProblem> OpenIssues, IReadOnlyList<SecureScoreAction> PostureActions);
