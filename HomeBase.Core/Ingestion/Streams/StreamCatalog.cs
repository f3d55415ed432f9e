namespace HomeBase.Core.Ingestion.Streams;

/// <summary>The streams of docs/specification.md §3, in display order.</summary>
public static class StreamCatalog
{
    public const string Users = "users";
    public const string Groups = "groups";
    public const string RoleAssignments = "role_assignments";
    public const string RoleEligibility = "role_eligibility";
    public const string MfaRegistration = "mfa_registration";
    public const string SignInActivity = "sign_in_activity";
    public const string SignIns = "sign_ins";
    public const string ConditionalAccess = "conditional_access";
    public const string DirectoryAudits = "directory_audits";
    public const string RiskyUsers = "risky_users";
    public const string RiskDetections = "risk_detections";
    public const string Alerts = "alerts";
    public const string MicrosoftSecureScore = "microsoft_secure_score";
    public const string Incidents = "incidents";
    public const string IdentitySensors = "identity_sensors";
    public const string IdentityHealthIssues = "identity_health_issues";
    public const string ThreatIntelligence = "threat_intelligence";
    public const string Machines = "machines";
    public const string Vulnerabilities = "vulnerabilities";
    public const string DefenderScores = "defender_scores";
    public const string SecurityRecommendations = "security_recommendations";
    public const string ActivityLogs = "activity_logs";
    public const string Recommendations = "recommendations";
    public const string Compliance = "compliance";
    public const string SecureScore = "secure_score";

    public static IReadOnlyList<StreamDefinition> All { get; } =
    [
        new(Users, "Users", StreamToggles.EntraId, AzureApi.Graph, ["User.Read.All", "Directory.Read.All"], Licence.None,
            TimeSpan.FromMinutes(15), "who is in the tenant: every identity the other streams refer to"),
        new(Groups, "Groups and members", StreamToggles.EntraId, AzureApi.Graph, ["Directory.Read.All"], Licence.None,
            TimeSpan.FromMinutes(15), "group membership, including privileged groups"),
        // Microsoft's permission table: RoleManagement.Read.Directory least, Directory.Read.All (the seed's) reads it too.
        new(RoleAssignments, "Directory roles", StreamToggles.EntraId, AzureApi.Graph, ["RoleManagement.Read.Directory", "Directory.Read.All"], Licence.None,
            TimeSpan.FromMinutes(60), "who holds each Entra ID admin role: users, groups and service principals"),
        // Microsoft's permission table for the eligibility list names the RoleManagement permissions only, not Directory.Read.All;
        // the active-assignment list's names RoleAssignmentSchedule.Read.Directory first and RoleManagement.Read.Directory too.
        new(RoleEligibility, "Privileged Identity Management", StreamToggles.EntraId, AzureApi.Graph, ["RoleManagement.Read.Directory"], Licence.EntraP2,
            TimeSpan.FromMinutes(60), "who can activate each admin role on demand, and which admin roles are held for good, until a date or activated"),
        new(MfaRegistration, "MFA registration", StreamToggles.EntraId, AzureApi.Graph, ["AuditLog.Read.All"], Licence.EntraP1,
            TimeSpan.FromHours(6), "which users and admins have registered MFA and passwordless methods"),
        // Listing users needs User.Read.All (the users stream's); their signInActivity also AuditLog.Read.All and P1.
        new(SignInActivity, "Last sign-in per user", StreamToggles.EntraId, AzureApi.Graph, ["AuditLog.Read.All"], Licence.EntraP1,
            TimeSpan.FromHours(6), "each account's last sign-in, however long ago: the accounts nobody uses"),
        // Microsoft's permission table: AuditLog.Read.All least, Directory.Read.All higher (docs/microsoft-apis.md §2.3).
        new(SignIns, "Sign-ins", StreamToggles.EntraId, AzureApi.Graph, ["AuditLog.Read.All", "Directory.Read.All"], Licence.EntraP1,
            TimeSpan.FromMinutes(5), "interactive sign-ins with failures, locations and Conditional Access outcomes"),
        new(ConditionalAccess, "Conditional Access", StreamToggles.EntraId, AzureApi.Graph, ["Policy.Read.All"], Licence.EntraP1,
            TimeSpan.FromMinutes(60), "Conditional Access policies and which of them applied to each sign-in (silently absent without it)"),
        new(DirectoryAudits, "Directory audits", StreamToggles.EntraId, AzureApi.Graph, ["AuditLog.Read.All"], Licence.None,
            TimeSpan.FromMinutes(15), "changes to users, groups, roles and applications", AlsoRequired: ["Directory.Read.All"]),
        new(RiskyUsers, "Risky users", StreamToggles.EntraId, AzureApi.Graph, ["IdentityRiskyUser.Read.All"], Licence.EntraP2,
            TimeSpan.FromMinutes(15), "users Identity Protection flags as at risk or compromised"),
        new(RiskDetections, "Risk detections", StreamToggles.EntraId, AzureApi.Graph, ["IdentityRiskEvent.Read.All"], Licence.EntraP1,
            TimeSpan.FromMinutes(15), "risky sign-in and user detections (full detail with P2)"),
        new(Alerts, "Alerts (Defender XDR)", StreamToggles.Defender, AzureApi.Graph, ["SecurityAlert.Read.All"], Licence.None,
            TimeSpan.FromMinutes(2), "Defender for Endpoint and Defender for Identity alerts, lateral movement included"),
        new(Incidents, "Incidents (Defender XDR)", StreamToggles.Defender, AzureApi.Graph, ["SecurityIncident.Read.All"], Licence.None,
            TimeSpan.FromMinutes(5), "the alerts Defender correlated into one attack, with status, severity, owner and verdict"),
        // The seed's SecurityEvents.Read.All is the only permission both Secure Score list pages name (with its ReadWrite form).
        new(MicrosoftSecureScore, "Microsoft Secure Score", StreamToggles.Defender, AzureApi.Graph, ["SecurityEvents.Read.All"], Licence.None,
            TimeSpan.FromHours(6), "the tenant's Microsoft Secure Score by day, and every control with its points and how to earn them"),
        // Each list page names its own permission; Defender for Identity must be licensed and deployed for either to answer.
        new(IdentitySensors, "Defender for Identity sensors", StreamToggles.Defender, AzureApi.Graph, ["SecurityIdentitiesSensors.Read.All"], Licence.DefenderForIdentity,
            TimeSpan.FromMinutes(30), "each Defender for Identity sensor and whether it is running: a sensor that is down sends no identity alerts"),
        new(IdentityHealthIssues, "Defender for Identity health issues", StreamToggles.Defender, AzureApi.Graph, ["SecurityIdentitiesHealth.Read.All"], Licence.DefenderForIdentity,
            TimeSpan.FromMinutes(30), "Defender for Identity's open health issues with Microsoft's fix for each"),
        // A lookup, not a list: the reputation of each IP address and domain that alert evidence named (after the alerts stream).
        new(ThreatIntelligence, "Defender Threat Intelligence", StreamToggles.Defender, AzureApi.Graph, ["ThreatIntelligence.Read.All"], Licence.DefenderThreatIntelligence,
            TimeSpan.FromMinutes(30), "the reputation Defender Threat Intelligence gives each IP address and domain named in alerts, and the articles about it",
            RunsAfter: Alerts),
        new(Machines, "Machines", StreamToggles.Defender, AzureApi.Defender, ["Machine.Read.All"], Licence.DefenderForEndpoint,
            TimeSpan.FromMinutes(60), "devices with exposure level, risk score and health"),
        new(Vulnerabilities, "Vulnerabilities", StreamToggles.Defender, AzureApi.Defender, ["Vulnerability.Read.All"], Licence.DefenderVulnerabilityManagement,
            TimeSpan.FromHours(6), "CVE findings per device"),
        // Both scores name Score.Read.All; their pages apply to Defender for Endpoint Plan 1 and 2 (docs/microsoft-apis.md §4.4).
        new(DefenderScores, "Exposure and device secure scores", StreamToggles.Defender, AzureApi.Defender, ["Score.Read.All"], Licence.DefenderForEndpoint,
            TimeSpan.FromHours(6), "the exposure score of the organisation and of each machine group, and the device secure score, by day"),
        new(SecurityRecommendations, "Security recommendations", StreamToggles.Defender, AzureApi.Defender, ["SecurityRecommendation.Read.All"], Licence.DefenderForEndpoint,
            TimeSpan.FromHours(6), "Defender's security recommendations: what to update or reconfigure, the devices exposed, and what fixing it is worth"),
        new(ActivityLogs, "Activity Log", StreamToggles.ActivityLogs, AzureApi.ResourceManager, ["Reader"], Licence.None,
            TimeSpan.FromMinutes(5), "writes, deletes and role assignments in your Azure subscriptions"),
        new(Recommendations, "Recommendations", StreamToggles.DefenderForCloud, AzureApi.ResourceManager, ["Security Reader"], Licence.None,
            TimeSpan.FromHours(6), "Defender for Cloud recommendations per resource"),
        new(Compliance, "Regulatory compliance", StreamToggles.DefenderForCloud, AzureApi.ResourceManager, ["Security Reader"], Licence.None,
            TimeSpan.FromHours(6), "passed and failed controls of each compliance standard"),
        new(SecureScore, "Secure score", StreamToggles.DefenderForCloud, AzureApi.ResourceManager, ["Security Reader"], Licence.None,
            TimeSpan.FromHours(6), "Defender for Cloud secure score per subscription"),
    ];

    public static StreamDefinition Get(string name) => All.Single(s => s.Name == name);
}
