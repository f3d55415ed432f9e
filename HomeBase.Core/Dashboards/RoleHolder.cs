namespace HomeBase.Core.Dashboards;

/// <summary>
/// A user, group or service principal holding a role, or eligible to activate it (<see cref="Eligible"/>, with PIM; until
/// <see cref="EligibleUntil"/>, or for good when null). <see cref="LastSignIn"/> is the newest of the user's stored
/// sign-ins (null when none is stored, or not a user); <see cref="MfaRegistered"/> is from the MFA registration report
/// (null when it was not read); <see cref="Href"/> opens User 360 for a user. An assigned role is held for good unless PIM
/// says it ends (<see cref="AssignedUntil"/>), and <see cref="Activated"/> when it is an activation of an eligibility;
/// <see cref="PimRead"/> is false when PIM's instances were not read for the tenant, so "for good" is not known.
/// </summary>
public sealed record RoleHolder(
    string Name, string Kind, string? SignInName, bool? Enabled, string Scope, DateTime? LastSignIn, bool? MfaRegistered, string? Href, string IntegrationName,
    bool Eligible = false, DateTime? EligibleUntil = null, DateTime? AssignedUntil = null, bool Activated = false, bool PimRead = false);
