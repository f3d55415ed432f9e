namespace HomeBase.Core.Dashboards;

/// <summary>
/// A Secure Score control with points left: what it would add (<see cref="PointsToGain"/>), how to do it and where
/// (<see cref="ActionUrl"/>, an https link into Microsoft's portal or null), and its record (<see cref="Href"/>).
/// </summary>
public sealed record SecureScoreAction(string Title, string Product, double PointsToGain, double Worth, string? Remediation, string? ActionUrl,
    string? UserImpact, string? ImplementationCost, string Href);
