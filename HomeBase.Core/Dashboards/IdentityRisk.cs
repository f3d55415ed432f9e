namespace HomeBase.Core.Dashboards;

public sealed record IdentityRisk(
    Coverage SignInCoverage, Coverage RiskyUserCoverage, Coverage DetectionCoverage, Coverage ConditionalAccessCoverage,
    IReadOnlyList<Count> Headlines,
    IReadOnlyList<Count> RiskyUsersByLevel, IReadOnlyList<Count> RiskyUsersByState,
    TimeSeries DetectionsOverTime, TimeSeries SignInsOverTime, IReadOnlyList<Count> FailuresByError,
    IReadOnlyList<Count> ConditionalAccessOutcomes, IReadOnlyList<Count> BlockingPolicies, IReadOnlyList<Count> SignInsByCountry,
    IReadOnlyList<RiskyPerson> TopRiskyUsers,
    Coverage MfaCoverage, IReadOnlyList<Count> MfaRegistration, IReadOnlyList<Count> UncoveredByApp, IReadOnlyList<Count> MethodsRegistered,
    IReadOnlyList<Count> MethodsInUse, IReadOnlyList<Count> UncoveredByUser);
