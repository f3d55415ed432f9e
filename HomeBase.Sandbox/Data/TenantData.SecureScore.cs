using System.Text.Json.Nodes;

namespace HomeBase.Sandbox.Data;

// Microsoft Secure Score: a dozen controls across the products Microsoft scores (one deprecated), and a score per day for
// the last 90 days that rose when the tenant turned on MFA for admins and when more users registered MFA.
public sealed partial class TenantData
{
    internal sealed record ScoreControl(string Id, string Title, string Category, string Service, double Max, int Rank, string ActionType,
        string Cost, string UserImpact, string Tier, string[] Threats, string Remediation, string ActionUrl, double Score, double ScoreBefore, int ChangedDaysAgo,
        bool Deprecated = false, string State = "Default");

    /// <summary>How many days of score Microsoft keeps for the list (HomeBase asks for them all with <c>$top=90</c>).</summary>
    internal const int SecureScoreDays = 90;

    internal static IReadOnlyList<ScoreControl> SecureScoreControls { get; } =
    [
        new("AdminMFAV2", "Ensure multifactor authentication is enabled for all users in administrative roles", "Identity", "Microsoft Entra ID", 10, 1, "Config",
            "Low", "Low", "Core", ["accountBreach", "elevationOfPrivilege"], "Require MFA for every directory role with a Conditional Access policy.",
            "https://entra.microsoft.com/#view/Microsoft_AAD_ConditionalAccess/ConditionalAccessBlade/~/Policies", 10, 0, 12),
        new("MFARegistrationV2", "Ensure all users can complete multifactor authentication", "Identity", "Microsoft Entra ID", 9, 2, "Config",
            "Low", "Moderate", "Core", ["accountBreach"], "Ask users to register MFA with a registration campaign or a Conditional Access policy.",
            "https://entra.microsoft.com/#view/Microsoft_AAD_IAM/AuthenticationMethodsMenuBlade/~/RegistrationCampaign", 6.3, 5.4, 5),
        new("BlockLegacyAuthentication", "Enable Conditional Access policies to block legacy authentication", "Identity", "Microsoft Entra ID", 8, 3, "Config",
            "Moderate", "Moderate", "Core", ["passwordCracking", "accountBreach"], "Create a Conditional Access policy that blocks the <b>Exchange ActiveSync</b> and <b>other clients</b> client apps.",
            "https://entra.microsoft.com/#view/Microsoft_AAD_ConditionalAccess/ConditionalAccessBlade/~/Policies", 0, 0, 0),
        new("PWAgePolicyNew", "Do not expire passwords", "Identity", "Microsoft Entra ID", 8, 9, "Config",
            "Low", "Low", "Core", ["passwordCracking"], "Set passwords to never expire in the Microsoft 365 admin center.",
            "https://admin.microsoft.com/#/Settings/SecurityPrivacy", 8, 8, 0),
        new("SigninRiskPolicy", "Turn on sign-in risk policy", "Identity", "Microsoft Entra ID", 7, 4, "Config",
            "Moderate", "Moderate", "Defense in Depth", ["accountBreach"], "Require MFA for medium and high sign-in risk with a Conditional Access policy.",
            "https://entra.microsoft.com/#view/Microsoft_AAD_ConditionalAccess/ConditionalAccessBlade/~/Policies", 0, 0, 0),
        new("mdatp_tamperprotection", "Turn on Tamper Protection", "Device", "Defender for Endpoint", 8, 5, "Config",
            "Low", "Low", "Core", ["maliciousInsider"], "Turn on tamper protection for every onboarded device in the Defender portal.",
            "https://security.microsoft.com/securitysettings/endpoints/tamperprotection", 4.8, 3.2, 20),
        new("mdatp_asr_lsass", "Block credential stealing from the Windows local security authority subsystem", "Device", "Defender for Endpoint", 9, 6, "Config",
            "Moderate", "Low", "Defense in Depth", ["passwordCracking", "elevationOfPrivilege"], "Set the attack surface reduction rule for LSASS to block mode.",
            "https://security.microsoft.com/securecore/asr", 2.7, 2.7, 0),
        new("mdatp_firewall", "Turn on Microsoft Defender Firewall", "Device", "Defender for Endpoint", 5, 10, "Config",
            "Low", "Low", "Core", ["dataExfiltration"], "Turn on the firewall for the domain, private and public profiles.",
            "https://security.microsoft.com/securitysettings/endpoints", 5, 5, 0),
        new("AATP_LateralMovementPaths", "Reduce lateral movement path risk to sensitive entities", "Identity", "Defender for Identity", 5, 7, "Review",
            "Moderate", "Low", "Defense in Depth", ["elevationOfPrivilege"], "Remove local administrator rights that expose sensitive accounts to lateral movement.",
            "https://security.microsoft.com/securescore?viewid=actions", 1, 1, 0, State: "Reviewed"),
        new("AATP_SidHistory", "Remove unsecure SID history attributes from entities", "Identity", "Defender for Identity", 5, 11, "Config",
            "Low", "Low", "Advanced", ["elevationOfPrivilege"], "Clear the SID history attribute of the listed accounts.",
            "https://security.microsoft.com/securescore?viewid=actions", 5, 5, 0),
        new("mdo_safelinksforemail", "Create Safe Links policies for email messages", "Apps", "Defender for Office 365", 9, 8, "Config",
            "Low", "Low", "Core", ["phishingOrWhaling"], "Create a Safe Links policy for every recipient domain.",
            "https://security.microsoft.com/safelinksv2", 0, 0, 0),
        new("DLPEnabled", "Apply Data Loss Prevention policies", "Data", "IP", 20, 55, "Config",
            "Moderate", "Moderate", "Advanced", ["dataExfiltration", "dataSpillage"], "You can create and manage data loss prevention policies in the Policies page of the compliance portal.",
            "https://compliance.microsoft.com/#/policies", 0, 0, 0),
        new("OfficeATPSafeAttachments", "Turn on Safe Attachments in block mode", "Apps", "Defender for Office 365", 8, 60, "Config",
            "Low", "Low", "Core", ["phishingOrWhaling"], "Retired: Built-in protection covers it.", "https://security.microsoft.com/safeattachmentv2", 0, 0, 0, Deprecated: true),
    ];

    /// <summary>A control's points <paramref name="daysAgo"/> days before today.</summary>
    private static double ScoreOn(ScoreControl control, int daysAgo) => daysAgo < control.ChangedDaysAgo ? control.Score : control.ScoreBefore;

    /// <summary>The days Microsoft lists, newest first: one score a day, created at 03:00 UTC, the newest the last one before now.</summary>
    internal IReadOnlyList<JsonObject> SecureScores(DateTimeOffset now)
    {
        var newest = now.UtcDateTime.Date.AddHours(3) <= now.UtcDateTime ? now.UtcDateTime.Date : now.UtcDateTime.Date.AddDays(-1);
        return [.. Enumerable.Range(0, SecureScoreDays).Select(daysAgo => SecureScore(newest.AddDays(-daysAgo), daysAgo))];
    }

    private JsonObject SecureScore(DateTime day, int daysAgo)
    {
        var live = SecureScoreControls.Where(c => !c.Deprecated).ToList();
        return new JsonObject
        {
            ["id"] = $"{TenantId}_{day:yyyy-MM-dd}",
            ["azureTenantId"] = TenantId.ToString(),
            ["activeUserCount"] = BaseUserCount * 4 / 5,
            ["createdDateTime"] = Iso(new DateTimeOffset(day.AddHours(3), TimeSpan.Zero)),
            ["currentScore"] = Math.Round(live.Sum(c => ScoreOn(c, daysAgo)), 2),
            ["enabledServices"] = Strings("HasExchange", "HasSharePoint", "HasOD4B"),
            ["licensedUserCount"] = BaseUserCount,
            ["maxScore"] = live.Sum(c => c.Max),
            ["averageComparativeScores"] = Array(
                new JsonObject { ["basis"] = "AllTenants", ["averageScore"] = 41.2 },
                new JsonObject { ["basis"] = "TotalSeats", ["averageScore"] = 44.5 }),
            ["controlScores"] = new JsonArray([.. live.Select(c => (JsonNode?)new JsonObject
            {
                ["controlCategory"] = c.Category,
                ["controlName"] = c.Id,
                ["description"] = c.Remediation,
                ["score"] = ScoreOn(c, daysAgo),
            })]),
            ["vendorInformation"] = new JsonObject { ["provider"] = "SecureScore", ["providerVersion"] = null, ["subProvider"] = null, ["vendor"] = "Microsoft" },
        };
    }

    /// <summary>Every control profile as Graph lists it, deprecated ones included.</summary>
    internal IReadOnlyList<JsonObject> SecureScoreControlProfiles() =>
    [
        .. SecureScoreControls.Select(c => new JsonObject
        {
            ["id"] = c.Id,
            ["azureTenantId"] = TenantId.ToString(),
            ["actionType"] = c.ActionType,
            ["actionUrl"] = c.ActionUrl,
            ["controlCategory"] = c.Category,
            ["title"] = c.Title,
            ["deprecated"] = c.Deprecated,
            ["implementationCost"] = c.Cost,
            ["lastModifiedDateTime"] = null,
            ["maxScore"] = c.Max,
            ["rank"] = c.Rank,
            ["remediation"] = c.Remediation,
            ["remediationImpact"] = $"This change will have a {c.UserImpact.ToLowerInvariant()} impact on your users.",
            ["service"] = c.Service,
            ["threats"] = Strings(c.Threats),
            ["tier"] = c.Tier,
            ["userImpact"] = c.UserImpact,
            ["complianceInformation"] = new JsonArray(),
            ["controlStateUpdates"] = Array(new JsonObject
            {
                ["assignedTo"] = null,
                ["comment"] = null,
                ["state"] = c.State,
                ["updatedBy"] = null,
                ["updatedDateTime"] = Iso(Origin.AddDays(-10)),
            }),
            ["vendorInformation"] = new JsonObject { ["provider"] = "SecureScore", ["providerVersion"] = null, ["subProvider"] = null, ["vendor"] = "Microsoft" },
        }),
    ];
}
