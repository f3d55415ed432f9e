using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Streams;

namespace HomeBase.Tests.Infrastructure;

/// <summary>
/// The product-level numbers of the sandbox's ground truth (beside each stream's raw row count): an operation,
/// not its events; an onboarded device, not a discovered one; a finding, not an installed program.
/// </summary>
public static class Truth
{
    public const string Operations = "operations";
    public const string Deletes = "deletes";
    public const string FailedOperations = "failed_operations";
    public const string OnboardedDevices = "onboarded_devices";
    public const string DiscoveredDevices = "discovered_devices";
    public const string HighlyExposedDevices = "highly_exposed_devices";
    public const string HighRiskUsers = "high_risk_users";
    public const string DeletedRiskyUsers = "deleted_risky_users";
    public const string LateralAlerts = "lateral_alerts";
    public const string AlertsNamingPeople = "alerts_naming_people";
    public const string GlobalAdministrators = "global_administrators";
    public const string UsersWithoutMfa = "users_without_mfa";
    public const string AdminsWithoutMfa = "admins_without_mfa";
    public const string GuestUsers = "guest_users";
    public const string SyncedUsers = "synced_users";
    public const string DisabledRoleHolders = "disabled_role_holders";
    public const string PrivilegedGroups = "privileged_groups";
    public const string InactiveUsers = "inactive_users_90d";
    public const string EligibleGlobalAdministrators = "eligible_global_administrators";
    /// <summary>PIM eligibilities alone (the stream also reads the active assignments' instances).</summary>
    public const string Eligibilities = "pim_eligibilities";
    public const string AssignmentSchedules = "role_assignment_schedules";
    public const string ActivatedRoleAssignments = "activated_role_assignments";
    public const string PermanentGlobalAdministrators = "permanent_global_administrators";
    public const string OpenIncidents = "open_incidents";
    public const string IdentitySensorsWithProblems = "identity_sensors_with_problems";
    public const string OpenIdentityHealthIssues = "open_identity_health_issues";
    public const string IdentityLateralMovementAlerts = "identity_lateral_movement_alerts";
    public const string IdentityCredentialAccessAlerts = "identity_credential_access_alerts";
    public const string HighOpenIncidents = "high_open_incidents";
    public const string UnassignedOpenIncidents = "unassigned_open_incidents";
    public const string ResolvedIncidents = "resolved_incidents";
    public const string SecureScoreDays = "microsoft_secure_scores";
    public const string SecureScoreControls = "secure_score_controls";
    public const string SecureScoreControlsToDo = "secure_score_controls_to_do";
    public const string SecureScoreControlsDone = "secure_score_controls_done";
    public const string SignInsWithoutPolicy = "sign_ins_without_policy";

    /// <summary>Users who registered one authentication method (its name in Microsoft's <c>methodsRegistered</c>).</summary>
    public static string RegisteredWith(string method) => $"registrations_by_method:{method}";

    /// <summary>Users asked for one second factor (<c>push</c>, <c>sms</c>…) at sign-in.</summary>
    public static string AskedFor(string method) => $"mfa_method_in_use:{method}";

    /// <summary>Sightings of one kind of indicator (<c>ip</c>, <c>domain</c>, <c>url</c>, <c>file_hash</c>) in the period's alerts.</summary>
    public static string IndicatorSightings(string kind) => "indicator_sightings:" + kind;

    public const string Indicators = "indicators";

    /// <summary>The addresses and domains the period's alerts named, each with Defender Threat Intelligence's reputation (0 without it).</summary>
    public const string HostReputations = "host_reputations";

    /// <summary>Those hosts Defender Threat Intelligence classifies as <paramref name="classification"/> (a host it has no record of is <c>unknown</c>).</summary>
    public static string HostsClassified(string classification) => "host_reputations_by_classification:" + classification;

    /// <summary>Those hosts Defender Threat Intelligence has no record of: the sandbox answers 404.</summary>
    public const string UnrecordedHosts = "unrecorded_hosts";

    /// <summary>Defender for Endpoint's recommendations without an exception.</summary>
    public const string ActiveSecurityRecommendations = "active_security_recommendations";

    /// <summary>The alerts of one product (<c>serviceSource</c>), as the sandbox sent them.</summary>
    public static string AlertsFrom(string serviceSource) => "alerts_from:" + serviceSource;

    /// <summary>Sign-ins no Conditional Access policy applied to, from one app.</summary>
    public static string SignInsWithoutPolicyFrom(string app) => $"sign_ins_without_policy:{app}";

    /// <summary>Sign-ins no Conditional Access policy applied to, by one user (their object id).</summary>
    public static string SignInsWithoutPolicyBy(string userId) => $"sign_ins_without_policy_by:{userId}";

    /// <summary>Sign-ins one Conditional Access policy was enforced on (its result success or failure).</summary>
    public static string SignInsUnderPolicy(string policyId) => $"sign_ins_by_policy:{policyId}";

    /// <summary>Directory audits the sandbox files under an area (<c>DirectoryChangeAreas</c>).</summary>
    public static string ChangesIn(string area) => $"directory_changes:{area}";

    /// <summary>Directory audits the sandbox calls high-signal (<c>DirectoryChangeSignals</c>).</summary>
    public static string ChangesFlagged(string signal) => $"directory_signal:{signal}";

    /// <summary>The sandbox's ground-truth document (<c>GET /_sandbox/tenants/{name}/ground-truth</c>) as counts per stream and per number above.</summary>
    public static Dictionary<string, long> Of(JsonNode truth)
    {
        long N(string name) => truth[name]!.GetValue<long>();
        long PerSubscription(string name) => truth[name]!.AsObject().Sum(s => s.Value!.GetValue<long>());
        var counts = new Dictionary<string, long>
        {
            // What the dashboards must show, counted as Microsoft's shapes mean them (not raw rows).
            [Truth.Operations] = PerSubscription("activity_operations"),
            [Truth.Deletes] = N("activity_deletes"),
            [Truth.FailedOperations] = N("activity_failed_operations"),
            [Truth.OnboardedDevices] = N("onboarded_devices"),
            [Truth.DiscoveredDevices] = N("discovered_devices"),
            [Truth.HighlyExposedDevices] = N("highly_exposed_devices"),
            [Truth.HighRiskUsers] = N("high_risk_users"),
            [Truth.DeletedRiskyUsers] = N("deleted_risky_users"),
            [Truth.LateralAlerts] = N("lateral_alerts"),
            [Truth.AlertsNamingPeople] = N("alerts_naming_people"),
            [Truth.GlobalAdministrators] = N("global_administrators"),
            [Truth.GuestUsers] = N("guest_users"),
            [Truth.SyncedUsers] = N("synced_users"),
            [Truth.DisabledRoleHolders] = N("disabled_role_holders"),
            [Truth.PrivilegedGroups] = N("privileged_groups"),
            [Truth.InactiveUsers] = N("inactive_users_90d"),
            [Truth.EligibleGlobalAdministrators] = N("eligible_global_administrators"),
            [Truth.Eligibilities] = N("role_eligibility"),
            [Truth.AssignmentSchedules] = N("role_assignment_schedules"),
            [Truth.ActivatedRoleAssignments] = N("activated_role_assignments"),
            [Truth.PermanentGlobalAdministrators] = N("permanent_global_administrators"),
            [Truth.OpenIncidents] = N("open_incidents"),
            [Truth.HighOpenIncidents] = N("high_open_incidents"),
            [Truth.UnassignedOpenIncidents] = N("unassigned_open_incidents"),
            [Truth.ResolvedIncidents] = N("resolved_incidents"),
            [Truth.SecureScoreDays] = N("microsoft_secure_scores"),
            [Truth.SecureScoreControls] = N("secure_score_controls"),
            [Truth.SecureScoreControlsToDo] = N("secure_score_controls_to_do"),
            [Truth.SecureScoreControlsDone] = N("secure_score_controls_done"),
            [Truth.SignInsWithoutPolicy] = N("sign_ins_without_policy"),
            [StreamCatalog.RoleEligibility] = N("role_eligibility") + N("role_assignment_schedules"),
            [StreamCatalog.SignInActivity] = N("sign_in_activity"),
            // Raw rows, stream by stream.
            [StreamCatalog.Users] = N("users"),
            [StreamCatalog.Groups] = N("groups"),
            [StreamCatalog.RoleAssignments] = N("role_assignments"),
            [StreamCatalog.MfaRegistration] = N("mfa_registration"),
            [Truth.UsersWithoutMfa] = N("users_without_mfa"),
            [Truth.AdminsWithoutMfa] = N("admins_without_mfa"),
            [StreamCatalog.SignIns] = N("sign_ins"),
            [StreamCatalog.ConditionalAccess] = N("conditional_access_policies"),
            [StreamCatalog.DirectoryAudits] = N("directory_audits"),
            [StreamCatalog.RiskyUsers] = N("risky_users"),
            [StreamCatalog.RiskDetections] = N("risk_detections"),
            [StreamCatalog.Alerts] = N("alerts"),
            [StreamCatalog.Machines] = N("machines"),
            [StreamCatalog.Vulnerabilities] = N("vulnerabilities"),
            [StreamCatalog.ActivityLogs] = PerSubscription("activity_logs"),
            [StreamCatalog.Recommendations] = N("recommendations"),
            [StreamCatalog.Compliance] = N("compliance_standards") + N("compliance_controls"),
            [StreamCatalog.SecureScore] = N("secure_scores"),
            [StreamCatalog.MicrosoftSecureScore] = N("microsoft_secure_scores") + N("secure_score_controls"),
            [StreamCatalog.Incidents] = N("incidents"),
            [StreamCatalog.IdentitySensors] = N("identity_sensors"),
            [StreamCatalog.IdentityHealthIssues] = N("identity_health_issues"),
            [StreamCatalog.ThreatIntelligence] = N("host_reputations"),
            [StreamCatalog.DefenderScores] = N("defender_scores"),
            [StreamCatalog.SecurityRecommendations] = N("security_recommendations"),
            [Truth.ActiveSecurityRecommendations] = N("active_security_recommendations"),
            [Truth.IdentitySensorsWithProblems] = N("identity_sensors_with_problems"),
            [Truth.OpenIdentityHealthIssues] = N("open_identity_health_issues"),
            [Truth.IdentityLateralMovementAlerts] = N("identity_lateral_movement_alerts"),
            [Truth.IdentityCredentialAccessAlerts] = N("identity_credential_access_alerts"),
        };
        // An area or signal the sandbox made none of is absent from its document: zero here.
        foreach (var area in HomeBase.Core.Ingestion.Records.DirectoryChangeAreas.All) counts[ChangesIn(area)] = truth["directory_changes_by_area"]?[area]?.GetValue<long>() ?? 0;
        foreach (var signal in HomeBase.Core.Ingestion.Records.DirectoryChangeSignals.All) counts[ChangesFlagged(signal)] = truth["directory_change_signals"]?[signal]?.GetValue<long>() ?? 0;
        foreach (var (method, count) in truth["registrations_by_method"]!.AsObject()) counts[RegisteredWith(method)] = count!.GetValue<long>();
        foreach (var method in new[] { "push", "oath", "sms", "voiceMobile", "voiceAlternateMobile", "voiceOffice" }) counts[AskedFor(method)] = truth["mfa_method_in_use"]?[method]?.GetValue<long>() ?? 0;
        foreach (var (source, count) in truth["alerts_by_source"]!.AsObject()) counts[AlertsFrom(source)] = count!.GetValue<long>();
        foreach (var kind in HomeBase.Core.Ingestion.Records.AlertIndicatorRecord.Kinds) counts[IndicatorSightings(kind)] = truth["indicator_sightings"]?[kind]?.GetValue<long>() ?? 0;
        counts[Indicators] = truth["indicators"]!.GetValue<long>();
        counts[HostReputations] = truth["host_reputations"]!.GetValue<long>();
        counts[UnrecordedHosts] = truth["unrecorded_hosts"]!.GetValue<long>();
        foreach (var classification in new[] { "malicious", "suspicious", "neutral", "unknown" })
        {
            counts[HostsClassified(classification)] = truth["host_reputations_by_classification"]?[classification]?.GetValue<long>() ?? 0;
        }
        foreach (var (app, count) in truth["sign_ins_without_policy_by_app"]!.AsObject()) counts[SignInsWithoutPolicyFrom(app)] = count!.GetValue<long>();
        foreach (var (user, count) in truth["sign_ins_without_policy_by_user"]!.AsObject()) counts[SignInsWithoutPolicyBy(user)] = count!.GetValue<long>();
        foreach (var (policy, count) in truth["sign_ins_by_policy"]!.AsObject()) counts[SignInsUnderPolicy(policy)] = count!.GetValue<long>();
        return counts;
    }
}
