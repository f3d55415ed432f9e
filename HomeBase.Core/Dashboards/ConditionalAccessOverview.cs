namespace HomeBase.Core.Dashboards;

/// <summary>
/// The Conditional Access page: the policy inventory, how many sign-ins of the range each policy was enforced on, and
/// the sign-ins no policy applied to, by app and by user.
/// </summary>
public sealed record ConditionalAccessOverview(
    Coverage PolicyCoverage, Coverage SignInCoverage, IReadOnlyList<Count> Headlines, double? CoveredShare,
    IReadOnlyList<PolicySummary> Policies, IReadOnlyList<Count> UncoveredByApp, IReadOnlyList<Count> UncoveredByUser);
