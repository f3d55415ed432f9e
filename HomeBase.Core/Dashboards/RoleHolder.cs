namespace HomeBase.Core.Dashboards;

/// <summary>
/// A user, group or service principal holding a role, or eligible to activate it (<see cref="Eligible"/>, with PIM; until
/// <see cref="EligibleUntil"/>, or for good when null). <see cref="LastSignIn"/> is the newest of the user's stored
/// sign-ins (null when none is stored, or not a user); <see cref="MfaRegistered"/> is from the MFA registration report
/// (null when it was not read); <see cref="Href"/> opens User 360 for a user.
/// </summary>
public sealed record RoleHolder(
    string Name, string Kind, string? SignInName, bool? Enabled, string Scope, DateTime? LastSignIn, bool? MfaRegistered, string? Href, string IntegrationName,
    bool Eligible = false, DateTime? EligibleUntil = null);
