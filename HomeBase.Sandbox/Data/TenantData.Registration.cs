using System.Text.Json.Nodes;

namespace HomeBase.Sandbox.Data;

public sealed partial class TenantData
{
    private static readonly string[] SecondFactorMethods =
        ["microsoftAuthenticatorPush", "softwareOneTimePasscode", "mobilePhone", "fido2", "windowsHelloForBusiness", "microsoftAuthenticatorPasswordless"];

    /// <summary>
    /// The user's row of the authentication methods registration report: most users registered MFA, admins more often
    /// than others, and a few registered a passwordless method.
    /// </summary>
    internal JsonObject UserRegistration(int index, bool isAdmin, DateTimeOffset now)
    {
        var (displayName, upn) = UserName(index);
        var guest = Det.Chance(H("user:guest", index), 5);
        // The third Global Administrator is the break-glass account, kept without MFA: an admin without MFA to show.
        var registered = !(isAdmin && index == 2) && !Det.Chance(H("mfa:missing", index), isAdmin ? 15 : 25);
        var methods = new List<string>();
        if (registered)
        {
            methods.Add(SecondFactorMethods[Det.Int(H("mfa:first", index), 3)]);
            if (Det.Chance(H("mfa:passwordless", index), 20)) methods.Add(SecondFactorMethods[3 + Det.Int(H("mfa:strong", index), 3)]);
        }
        if (Det.Chance(H("mfa:email", index), 30)) methods.Add("email");
        var passwordless = methods.Any(m => m is "fido2" or "windowsHelloForBusiness" or "microsoftAuthenticatorPasswordless");
        // The second factors as userDefaultAuthenticationMethod names them, strongest first (Microsoft's system-preferred
        // order: Authenticator push, then passcodes, then SMS). A user with a phone chose a call or a text as default.
        var secondFactors = methods.Select(m => m switch
        {
            "microsoftAuthenticatorPush" => "push",
            "softwareOneTimePasscode" => "oath",
            "mobilePhone" => Det.Chance(H("mfa:voice", index), 30) ? "voiceMobile" : "sms",
            _ => null,
        }).OfType<string>().ToList();
        var systemPreferred = Det.Chance(H("mfa:system-preferred", index), 50);
        var strongest = secondFactors.OrderBy(f => f switch { "push" => 0, "oath" => 1, "sms" => 2, _ => 3 }).FirstOrDefault();
        return new JsonObject
        {
            ["id"] = UserId(index).ToString(),
            ["userPrincipalName"] = guest ? upn.Replace("@", "_partner.example#EXT#@") : upn,
            ["userDisplayName"] = displayName,
            ["userType"] = guest ? "guest" : "member",
            ["isAdmin"] = isAdmin,
            ["isSsprRegistered"] = methods.Count > 0,
            ["isSsprEnabled"] = true,
            ["isSsprCapable"] = methods.Count > 0,
            ["isMfaRegistered"] = registered,
            ["isMfaCapable"] = registered,
            ["isPasswordlessCapable"] = passwordless,
            ["isSystemPreferredAuthenticationMethodEnabled"] = systemPreferred,
            ["methodsRegistered"] = Strings(methods),
            ["systemPreferredAuthenticationMethods"] = strongest is null ? Strings() : Strings([strongest]),
            // The enum's "none" for a user without a method (Microsoft's example has "", outside the enum: the replay covers it).
            ["userPreferredMethodForSecondaryAuthentication"] = secondFactors.FirstOrDefault() ?? "none",
            ["lastUpdatedDateTime"] = Iso(now.AddHours(-1 - Det.Int(H("mfa:updated", index), 48))),
        };
    }

    /// <summary>Every existing user's registration row, with <c>isAdmin</c> for those holding a directory role.</summary>
    internal IReadOnlyList<JsonObject> UserRegistrations(DateTimeOffset now)
    {
        var admins = RoleAssignments(now).Where(a => a.PrincipalKind == "user").Select(a => a.PrincipalIndex).ToHashSet();
        return [.. UserIndexes(now).Select(i => UserRegistration(i, admins.Contains(i), now))];
    }
}
