using System.Collections.Frozen;
using Humanizer;

namespace HomeBase.Core.Dashboards;

/// <summary>
/// The words a person reads for the values Microsoft's APIs return (<c>atRisk</c> → "At risk",
/// <c>CredentialAccess</c> → "Credential access"). Only pages use them: CSV exports, the API and filters keep the
/// raw values, which are what Microsoft documents and what other tools match on.
/// </summary>
public static class DisplayNames
{
    /// <summary>Values whose words are not their camel-case parts: the names Microsoft's portals use.</summary>
    private static readonly FrozenDictionary<string, string> Known = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Entra ID risk detections (riskDetection.riskEventType), as the Entra admin center names them.
        ["unlikelyTravel"] = "Atypical travel",
        ["unfamiliarFeatures"] = "Unfamiliar sign-in properties",
        ["anonymizedIPAddress"] = "Anonymous IP address",
        ["mcasImpossibleTravel"] = "Impossible travel (Defender for Cloud Apps)",
        ["mcasSuspiciousInboxManipulationRules"] = "Suspicious inbox manipulation rules (Defender for Cloud Apps)",
        ["mcasFinSuspiciousFileAccess"] = "Suspicious file access (Defender for Cloud Apps)",
        ["investigationsThreatIntelligence"] = "Microsoft Entra threat intelligence",
        ["generic"] = "Additional risk detected",
        ["nationStateIP"] = "Nation-state IP address",
        ["attackerinTheMiddle"] = "Attacker in the middle",
        ["attemptedPrtAccess"] = "Attempted access to the Primary Refresh Token",
        ["suspiciousAPITraffic"] = "Suspicious API traffic",
        ["adminConfirmedUserCompromised"] = "Admin confirmed user compromised",
        ["aiConfirmedSigninSafe"] = "AI confirmed sign-in safe",
        ["adminConfirmedSigninSafe"] = "Admin confirmed sign-in safe",
        ["adminConfirmedSigninCompromised"] = "Admin confirmed sign-in compromised",
        ["userPerformedSecuredPasswordChange"] = "User changed their password securely",
        ["userPerformedSecuredPasswordReset"] = "User reset their password securely",
        // Sign-ins (conditionalAccessStatus) and Graph's evolvable enums.
        ["notApplied"] = "Not applied",
        // Authentication methods (userRegistrationDetails.methodsRegistered), as the Entra admin center names them.
        ["fido2"] = "FIDO2 security key",
        ["windowsHelloForBusiness"] = "Windows Hello for Business",
        ["microsoftAuthenticatorPush"] = "Microsoft Authenticator (push)",
        ["microsoftAuthenticatorPasswordless"] = "Microsoft Authenticator (passwordless)",
        ["softwareOneTimePasscode"] = "Software one-time passcode",
        ["hardwareOneTimePasscode"] = "Hardware one-time passcode",
        ["temporaryAccessPass"] = "Temporary Access Pass",
        // The second factor a user is asked for (userDefaultAuthenticationMethod).
        ["push"] = "Authenticator push",
        ["oath"] = "One-time passcode",
        ["sms"] = "Text message (SMS)",
        ["voiceMobile"] = "Phone call (mobile)",
        ["voiceAlternateMobile"] = "Phone call (alternate mobile)",
        ["voiceOffice"] = "Phone call (office)",
        ["text_or_call"] = "Text message or phone call",
        ["unknownFutureValue"] = "Unknown",
        // Defender for Endpoint machine fields.
        ["NoSensorData"] = "No sensor data",
        ["NoSensorDataImpairedCommunication"] = "Impaired communication",
        ["ImpairedCommunication"] = "Impaired communication",
        ["InsufficientInfo"] = "Insufficient information",
        ["macOS"] = "macOS",
        ["iOS"] = "iOS",
        ["iPadOS"] = "iPadOS",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The display names of a list of API values separated by commas ("CredentialAccess, LateralMovement").</summary>
    public static string OfEach(string? values) =>
        values is null ? "" : string.Join(", ", values.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Of));

    /// <summary>
    /// The display name of an API value: a known name, else its camel-case or Pascal-case words in sentence case.
    /// Text that is not one identifier (it has spaces, punctuation or digits, such as an operation name or an
    /// error message) and all-capital codes (a country, "IP") are returned as they are.
    /// </summary>
    public static string Of(string? value)
    {
        if (string.IsNullOrEmpty(value)) return value ?? "";
        if (Known.TryGetValue(value, out var known)) return known;
        if (!value.All(char.IsAsciiLetter) || value.All(char.IsAsciiLetterUpper)) return value;

        // Humanizer splits at the case changes and keeps acronyms whole: "anonymizedIPAddress" is "Anonymized IP address".
        return value.Humanize(LetterCasing.Sentence);
    }
}
