using System.Globalization;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Ingestion.Values;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards.Records;

/// <summary>
/// Every records table a dashboard drills into, with its columns and filters. A filter's key is the query
/// parameter of the records page and of the CSV export, so a dashboard number links to exactly its rows.
/// </summary>
public static class RecordCatalog
{
    public const string SignIns = "sign_ins";
    public const string RiskyUsers = "risky_users";
    public const string RiskDetections = "risk_detections";
    public const string Alerts = "alerts";
    public const string Machines = "machines";
    public const string Vulnerabilities = "vulnerabilities";
    public const string ActivityLogs = "activity_logs";
    public const string Recommendations = "recommendations";
    public const string ComplianceControls = "compliance_controls";
    public const string RoleAssignments = "role_assignments";
    public const string RoleEligibility = "role_eligibility";
    public const string RoleAssignmentSchedules = "role_assignment_schedules";
    public const string MfaRegistration = "mfa_registration";
    public const string DirectoryChanges = "directory_changes";
    public const string Users = "users";
    public const string Groups = "groups";
    public const string SignInActivity = "sign_in_activity";
    public const string ConditionalAccessPolicies = "conditional_access_policies";
    public const string Incidents = "incidents";
    public const string MicrosoftSecureScores = "microsoft_secure_scores";
    public const string SecureScoreControls = "secure_score_controls";
    public const string IdentitySensors = "identity_sensors";
    public const string IdentityHealthIssues = "identity_health_issues";
    public const string IndicatorSightings = "indicator_sightings";
    public const string HostReputations = "host_reputations";
    public const string DefenderScores = "defender_scores";
    public const string SecurityRecommendations = "security_recommendations";

    /// <summary>The <c>group</c> filter's value for the organisation-wide reading (no machine group).</summary>
    public const string Organisation = "organisation";

    /// <summary>The value of a yes/no filter (<c>problem=yes</c>); anything else means no.</summary>
    public const string Yes = "yes";

    /// <summary>Alert categories called out as an attacker moving or harvesting credentials.</summary>
    public const string LateralMovement = "LateralMovement";
    public const string CredentialAccess = "CredentialAccess";

    public static readonly string[] LateralMovementCategories = [LateralMovement, CredentialAccess];

    /// <summary>Statuses of an alert nobody has closed.</summary>
    public static readonly string[] OpenAlertStatuses = AlertStatuses.Open;

    public const string RoleAssignmentOperations = "Microsoft.Authorization/roleAssignments/%";

    public static IReadOnlyList<RecordKind> All { get; } =
    [
        SignInKind(), RiskyUserKind(), RiskDetectionKind(), AlertKind(), MachineKind(), VulnerabilityKind(), ActivityKind(), RecommendationKind(), ControlKind(),
        RoleAssignmentKind(), RoleEligibilityKind(), RoleAssignmentScheduleKind(), MfaRegistrationKind(), DirectoryChangeKind(), UserKind(), GroupKind(), SignInActivityKind(), PolicyKind(),
        MicrosoftSecureScoreKind(), SecureScoreControlKind(), IncidentKind(), IdentitySensorKind(), IdentityHealthIssueKind(),
        IndicatorSightingKind(), HostReputationKind(), DefenderScoreKind(), SecurityRecommendationKind(),
    ];

    public static RecordKind? Find(string key) => All.FirstOrDefault(k => k.Key == key);

    private static string? Time(DateTime? time) => time?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string? UserLink(string integrationId, string? key) => string.IsNullOrEmpty(key) ? null : DashboardLinks.User(integrationId, key);

    private static (RecordFilter, Func<HomeBaseDbContext, IQueryable<T>, string, IQueryable<T>>) F<T>(string key, string label, Func<IQueryable<T>, string, IQueryable<T>> apply) =>
        (new RecordFilter(key, label), (_, q, v) => apply(q, v));

    /// <summary>A filter that looks into another table (a user who holds a role), in the same query.</summary>
    private static (RecordFilter, Func<HomeBaseDbContext, IQueryable<T>, string, IQueryable<T>>) Joined<T>(
        string key, string label, Func<HomeBaseDbContext, IQueryable<T>, string, IQueryable<T>> apply) => (new RecordFilter(key, label), apply);

    private static RecordKind<SignInRecord> SignInKind() => new(
        SignIns, "Sign-ins", StreamCatalog.SignIns, db => db.IngestedSignIns,
        (q, from, to) => q.Where(s => s.CreatedAt >= from && s.CreatedAt < to),
        [
            Column<SignInRecord>.Of("time", "Time (UTC)", s => s.CreatedAt, s => Time(s.CreatedAt)),
            Column<SignInRecord>.Of("user", "User", s => s.UserPrincipalName, s => s.UserPrincipalName, s => UserLink(s.IntegrationId, s.UserId ?? s.UserPrincipalName)),
            Column<SignInRecord>.Of("app", "Application", s => s.AppDisplayName, s => s.AppDisplayName),
            Column<SignInRecord>.Of("result", "Result", s => s.ErrorCode, s => s.ErrorCode == 0 ? "Success" : $"{s.ErrorCode}: {s.FailureReason}"),
            Column<SignInRecord>.Of("ca", "Conditional Access", s => s.ConditionalAccessStatus, s => s.ConditionalAccessStatus).InWords(),
            Column<SignInRecord>.Of("country", "Country", s => s.CountryOrRegion, s => s.CountryOrRegion),
            Column<SignInRecord>.Plain("city", "City", s => s.City),
            Column<SignInRecord>.Plain("ip", "IP address", s => s.IpAddress),
            Column<SignInRecord>.Plain("client", "Client", s => s.ClientAppUsed),
            Column<SignInRecord>.Of("risk", "Risk", s => s.RiskLevelDuringSignIn, s => s.RiskLevelDuringSignIn).InWords(),
        ],
        [
            F<SignInRecord>("result", "Result", (q, v) => v == "success" ? q.Where(s => s.ErrorCode == 0) : q.Where(s => s.ErrorCode != 0)),
            F<SignInRecord>("error", "Error code", (q, v) => int.TryParse(v, out var code) ? q.Where(s => s.ErrorCode == code) : q.Where(s => false)),
            F<SignInRecord>("ca", "Conditional Access", (q, v) => q.Where(s => s.ConditionalAccessStatus == v)),
            F<SignInRecord>("blocked_by", "Blocked by policy",
                (q, v) => q.Where(s => EF.Functions.Like(s.AppliedConditionalAccessPolicies, "%{\"id\":\"" + v + "\",\"result\":\"failure\"%"))),
            // Enforced on the sign-in: the policy's result was success or failure (as the rollup counts it).
            F<SignInRecord>("applied", "Policy applied",
                (q, v) => q.Where(s => EF.Functions.Like(s.AppliedConditionalAccessPolicies, "%{\"id\":\"" + v + "\",\"result\":\"success\"%")
                    || EF.Functions.Like(s.AppliedConditionalAccessPolicies, "%{\"id\":\"" + v + "\",\"result\":\"failure\"%"))),
            F<SignInRecord>("country", "Country", (q, v) => q.Where(s => s.CountryOrRegion == v)),
            // By object id (indexed with the time) unless given a principal name.
            F<SignInRecord>("user", "User", (q, v) => v.Contains('@') ? q.Where(s => s.UserPrincipalName == v) : q.Where(s => s.UserId == v)),
            F<SignInRecord>("app", "Application", (q, v) => q.Where(s => s.AppDisplayName == v)),
            F<SignInRecord>("risk", "Risk", (q, v) => q.Where(s => s.RiskLevelDuringSignIn == v)),
            F<SignInRecord>("ip", "IP address", (q, v) => q.Where(s => s.IpAddress == v)),
        ]);

    private static RecordKind<RiskyUserRecord> RiskyUserKind() => new(
        // A deleted account is no longer a risk: Microsoft keeps listing it with isDeleted.
        RiskyUsers, "Risky users", StreamCatalog.RiskyUsers, db => db.IngestedRiskyUsers.Where(u => !u.IsDeleted), null,
        [
            Column<RiskyUserRecord>.Of("user", "User", u => u.UserPrincipalName, u => u.UserDisplayName is { } name ? $"{name} ({u.UserPrincipalName})" : u.UserPrincipalName,
                u => UserLink(u.IntegrationId, u.SourceId)),
            Column<RiskyUserRecord>.Of("level", "Risk level", u => u.RiskLevel, u => u.RiskLevel).InWords(),
            Column<RiskyUserRecord>.Of("state", "Risk state", u => u.RiskState, u => u.RiskState).InWords(),
            Column<RiskyUserRecord>.Plain("detail", "Detail", u => u.RiskDetail).InWords(),
            Column<RiskyUserRecord>.Of("updated", "Risk updated (UTC)", u => u.RiskLastUpdatedAt, u => Time(u.RiskLastUpdatedAt)),
        ],
        [
            F<RiskyUserRecord>("level", "Risk level", (q, v) => q.Where(u => u.RiskLevel == v)),
            F<RiskyUserRecord>("state", "Risk state", (q, v) => v == "at_risk"
                ? q.Where(u => RiskStates.Risky.Contains(u.RiskState)) : q.Where(u => u.RiskState == v)),
            F<RiskyUserRecord>("user", "User", (q, v) => q.Where(u => u.SourceId == v || u.UserPrincipalName == v)),
        ]);

    private static RecordKind<RiskDetectionRecord> RiskDetectionKind() => new(
        RiskDetections, "Risk detections", StreamCatalog.RiskDetections, db => db.IngestedRiskDetections,
        (q, from, to) => q.Where(d => d.DetectedAt >= from && d.DetectedAt < to),
        [
            Column<RiskDetectionRecord>.Of("time", "Detected (UTC)", d => d.DetectedAt, d => Time(d.DetectedAt)),
            Column<RiskDetectionRecord>.Of("type", "Detection", d => d.RiskEventType, d => d.RiskEventType).InWords(),
            Column<RiskDetectionRecord>.Of("level", "Risk level", d => d.RiskLevel, d => d.RiskLevel).InWords(),
            Column<RiskDetectionRecord>.Of("state", "Risk state", d => d.RiskState, d => d.RiskState).InWords(),
            Column<RiskDetectionRecord>.Of("user", "User", d => d.UserPrincipalName, d => d.UserPrincipalName, d => UserLink(d.IntegrationId, d.UserId ?? d.UserPrincipalName)),
            Column<RiskDetectionRecord>.Plain("ip", "IP address", d => d.IpAddress),
            Column<RiskDetectionRecord>.Of("country", "Country", d => d.CountryOrRegion, d => d.CountryOrRegion),
        ],
        [
            F<RiskDetectionRecord>("type", "Detection", (q, v) => q.Where(d => d.RiskEventType == v)),
            F<RiskDetectionRecord>("level", "Risk level", (q, v) => q.Where(d => d.RiskLevel == v)),
            F<RiskDetectionRecord>("state", "Risk state", (q, v) => q.Where(d => d.RiskState == v)),
            F<RiskDetectionRecord>("user", "User", (q, v) => v.Contains('@') ? q.Where(d => d.UserPrincipalName == v) : q.Where(d => d.UserId == v)),
        ]);

    private static RecordKind<AlertRecord> AlertKind() => new(
        Alerts, "Alerts", StreamCatalog.Alerts, db => db.IngestedAlerts,
        (q, from, to) => q.Where(a => a.CreatedAt >= from && a.CreatedAt < to),
        [
            Column<AlertRecord>.Of("time", "Created (UTC)", a => a.CreatedAt, a => Time(a.CreatedAt)),
            Column<AlertRecord>.Of("title", "Title", a => a.Title, a => a.Title, a => DashboardLinks.Alert(a.IntegrationId, a.SourceId)),
            Column<AlertRecord>.Of("severity", "Severity", a => a.Severity, a => a.Severity).InWords(),
            Column<AlertRecord>.Of("status", "Status", a => a.Status, a => a.Status).InWords(),
            Column<AlertRecord>.Of("category", "Categories", a => a.Categories, a => AlertRecord.ShowCategories(a.Categories)).InWords(),
            Column<AlertRecord>.Of("source", "Source", a => a.ServiceSource, a => a.ServiceSource) with { Display = source => source is null ? null : AlertsService.ProductName(source) },
            Column<AlertRecord>.Plain("techniques", "MITRE techniques", a => a.MitreTechniques),
            Column<AlertRecord>.Plain("users", "Users", a => a.UserPrincipalNames?.Trim(';').Replace(";", ", ", StringComparison.Ordinal),
                a => AlertRecord.Unwrap(a.UserPrincipalNames).FirstOrDefault() is { } upn ? UserLink(a.IntegrationId, upn) : null),
            Column<AlertRecord>.Of("updated", "Updated (UTC)", a => a.LastUpdateAt, a => Time(a.LastUpdateAt)),
        ],
        [
            F<AlertRecord>("severity", "Severity", (q, v) => q.Where(a => a.Severity == v)),
            F<AlertRecord>("status", "Status", (q, v) => v == "open" ? q.Where(a => OpenAlertStatuses.Contains(a.Status)) : q.Where(a => a.Status == v)),
            F<AlertRecord>("category", "Category", (q, v) => q.InCategory(v)),
            F<AlertRecord>("source", "Source", (q, v) => q.Where(a => a.ServiceSource == v)),
            F<AlertRecord>("technique", "MITRE technique", (q, v) => q.Where(a => EF.Functions.Like("," + a.MitreTechniques + ",", "%," + v + ",%"))),
            F<AlertRecord>("focus", "Focus", (q, v) => v == "lateral" ? q.Lateral() : q),
            F<AlertRecord>("user", "User", (q, v) => q.Naming(v)),
            F<AlertRecord>("device", "Device", (q, v) => q.Where(a => EF.Functions.Like(a.DeviceIds, AlertRecord.Match(v)))),
            F<AlertRecord>("incident", "Incident", (q, v) => q.Where(a => a.IncidentId == v)),
            F<AlertRecord>("host", "Host", (q, v) => q.OnHost(v)),
            F<AlertRecord>("account", "Account", (q, v) => q.ForAccount(v)),
        ]);

    /// <summary>The <c>held</c> filter's values: how PIM says an assignment is held (for good without PIM).</summary>
    public const string HeldPermanently = "permanent";
    public const string HeldUntilADate = "time_bound";
    public const string HeldActivated = "activated";

    private static RecordKind<RoleAssignmentRecord> RoleAssignmentKind() => new(
        RoleAssignments, "Directory role assignments", StreamCatalog.RoleAssignments, db => db.IngestedRoleAssignments, null,
        RoleGrantColumns<RoleAssignmentRecord>(),
        [
            .. RoleGrantFilters<RoleAssignmentRecord>(),
            // From the assignment's own PIM instance (roleAssignmentOriginId): none, or one without an end, is for good.
            Joined<RoleAssignmentRecord>("held", "Held", (db, q, v) => v switch
            {
                HeldActivated => q.Where(a => db.IngestedRoleAssignmentSchedules.Any(s => s.IntegrationId == a.IntegrationId && s.RoleAssignmentOriginId == a.SourceId
                    && s.AssignmentType == RoleAssignmentScheduleRecord.Activated)),
                HeldUntilADate => q.Where(a => db.IngestedRoleAssignmentSchedules.Any(s => s.IntegrationId == a.IntegrationId && s.RoleAssignmentOriginId == a.SourceId
                    && s.EndAt != null && s.AssignmentType != RoleAssignmentScheduleRecord.Activated)),
                _ => q.Where(a => !db.IngestedRoleAssignmentSchedules.Any(s => s.IntegrationId == a.IntegrationId && s.RoleAssignmentOriginId == a.SourceId && s.EndAt != null)),
            }),
        ]);

    private static RecordKind<RoleAssignmentScheduleRecord> RoleAssignmentScheduleKind() => new(
        RoleAssignmentSchedules, "Active role assignments (PIM)", StreamCatalog.RoleEligibility, db => db.IngestedRoleAssignmentSchedules, null,
        [
            .. RoleGrantColumns<RoleAssignmentScheduleRecord>(),
            Column<RoleAssignmentScheduleRecord>.Of("assignment", "Assignment", s => s.AssignmentType, s => s.AssignmentType),
            Column<RoleAssignmentScheduleRecord>.Of("start", "From (UTC)", s => s.StartAt, s => Time(s.StartAt)),
            Column<RoleAssignmentScheduleRecord>.Of("end", "Until (UTC)", s => s.EndAt, s => Time(s.EndAt) ?? "No end"),
        ],
        [
            .. RoleGrantFilters<RoleAssignmentScheduleRecord>(),
            F<RoleAssignmentScheduleRecord>("assignment", "Assignment", (q, v) => q.Where(s => s.AssignmentType == v)),
        ]);

    private static RecordKind<RoleEligibilityRecord> RoleEligibilityKind() => new(
        RoleEligibility, "Eligible directory roles (PIM)", StreamCatalog.RoleEligibility, db => db.IngestedRoleEligibilities, null,
        [
            .. RoleGrantColumns<RoleEligibilityRecord>(),
            Column<RoleEligibilityRecord>.Of("start", "Eligible from (UTC)", e => e.StartAt, e => Time(e.StartAt)),
            Column<RoleEligibilityRecord>.Of("end", "Eligible until (UTC)", e => e.EndAt, e => Time(e.EndAt) ?? "No end"),
        ],
        RoleGrantFilters<RoleEligibilityRecord>());

    private static List<Column<T>> RoleGrantColumns<T>() where T : RoleGrantRecord =>
    [
        Column<T>.Of("role", "Role", a => a.RoleName, a => a.RoleName ?? a.RoleDefinitionId),
        Column<T>.Of("principal", "Held by", a => a.PrincipalName, a => a.PrincipalName ?? a.PrincipalId,
            a => a.PrincipalType == "user" ? UserLink(a.IntegrationId, a.PrincipalId) : null),
        Column<T>.Of("type", "Kind", a => a.PrincipalType, a => a.PrincipalType).InWords(),
        Column<T>.Plain("sign_in_name", "Sign-in name or app id", a => a.PrincipalUserPrincipalName ?? a.PrincipalAppId),
        Column<T>.Of("enabled", "Account", a => a.PrincipalAccountEnabled,
            a => a.PrincipalAccountEnabled switch { true => "Enabled", false => "Disabled", null => null }),
        Column<T>.Of("scope", "Scope", a => a.DirectoryScopeId, a => a.DirectoryScopeId == "/" ? "Whole directory" : a.DirectoryScopeId),
        Column<T>.Of("built_in", "Built-in role", a => a.RoleIsBuiltIn, a => a.RoleIsBuiltIn switch { true => "Yes", false => "Custom", null => null }),
    ];

    private static List<(RecordFilter, Func<HomeBaseDbContext, IQueryable<T>, string, IQueryable<T>>)> RoleGrantFilters<T>() where T : RoleGrantRecord =>
    [
        F<T>("role", "Role", (q, v) => q.Where(a => a.RoleDefinitionId == v)),
        F<T>("type", "Kind", (q, v) => q.Where(a => a.PrincipalType == v)),
        F<T>("principal", "Held by", (q, v) => q.Where(a => a.PrincipalId == v)),
        F<T>("enabled", "Account", (q, v) => v == "false" ? q.Where(a => a.PrincipalAccountEnabled == false) : q.Where(a => a.PrincipalAccountEnabled == true)),
    ];

    private static RecordKind<UserRecord> UserKind() => new(
        Users, "Users", StreamCatalog.Users, db => db.IngestedUsers.Where(u => u.DeletedAt == null), null,
        [
            Column<UserRecord>.Of("name", "User", u => u.DisplayName, u => u.DisplayName ?? u.UserPrincipalName, u => UserLink(u.IntegrationId, u.SourceId)),
            Column<UserRecord>.Of("upn", "Principal name", u => u.UserPrincipalName, u => u.UserPrincipalName),
            Column<UserRecord>.Of("type", "User type", u => u.UserType, u => u.UserType),
            Column<UserRecord>.Of("enabled", "Account", u => u.AccountEnabled, u => u.AccountEnabled switch { true => "Enabled", false => "Disabled", null => null }),
            Column<UserRecord>.Of("synced", "Synced from on-premises", u => u.OnPremisesSyncEnabled, u => YesNo(u.OnPremisesSyncEnabled == true)),
            Column<UserRecord>.Of("department", "Department", u => u.Department, u => u.Department),
            Column<UserRecord>.Plain("title", "Job title", u => u.JobTitle),
            Column<UserRecord>.Of("created", "Created (UTC)", u => u.CreatedAt, u => Time(u.CreatedAt)),
        ],
        [
            F<UserRecord>("type", "User type", (q, v) => q.Where(u => u.UserType == v)),
            F<UserRecord>("enabled", "Account", (q, v) => v == "false" ? q.Where(u => u.AccountEnabled == false) : q.Where(u => u.AccountEnabled == true)),
            F<UserRecord>("synced", "Synced from on-premises", (q, v) => v == "true" ? q.Where(u => u.OnPremisesSyncEnabled == true) : q.Where(u => u.OnPremisesSyncEnabled != true)),
            F<UserRecord>("department", "Department", (q, v) => q.Where(u => u.Department == v)),
            Joined<UserRecord>("role_holder", "Holds a directory role", (db, q, v) => v == "true"
                ? q.Where(u => db.IngestedRoleAssignments.Any(a => a.IntegrationId == u.IntegrationId && a.PrincipalId == u.SourceId))
                : q.Where(u => !db.IngestedRoleAssignments.Any(a => a.IntegrationId == u.IntegrationId && a.PrincipalId == u.SourceId))),
        ]);

    private static RecordKind<SignInActivityRecord> SignInActivityKind() => new(
        SignInActivity, "Last sign-in per user", StreamCatalog.SignInActivity, db => db.IngestedSignInActivity, null,
        [
            Column<SignInActivityRecord>.Of("user", "User", r => r.UserPrincipalName, r => r.DisplayName is { } name ? $"{name} ({r.UserPrincipalName})" : r.UserPrincipalName,
                r => UserLink(r.IntegrationId, r.SourceId)),
            Column<SignInActivityRecord>.Of("last_activity", "Last used (UTC)", r => r.LastActivityAt, r => Time(r.LastActivityAt) ?? "Never"),
            Column<SignInActivityRecord>.Of("last_sign_in", "Last interactive sign-in (UTC)", r => r.LastSignInAt, r => Time(r.LastSignInAt)),
            Column<SignInActivityRecord>.Of("last_non_interactive", "Last non-interactive sign-in (UTC)", r => r.LastNonInteractiveSignInAt, r => Time(r.LastNonInteractiveSignInAt)),
            Column<SignInActivityRecord>.Of("last_success", "Last successful sign-in (UTC)", r => r.LastSuccessfulSignInAt, r => Time(r.LastSuccessfulSignInAt)),
            Column<SignInActivityRecord>.Of("enabled", "Account", r => r.AccountEnabled, r => r.AccountEnabled switch { true => "Enabled", false => "Disabled", null => null }),
            Column<SignInActivityRecord>.Of("type", "User type", r => r.UserType, r => r.UserType),
        ],
        [
            // A day, not a number of days: the link means the same whenever it is opened.
            F<SignInActivityRecord>("inactive_since", "No sign-in since", (q, v) => DateTime.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var day)
                ? q.Where(r => r.LastActivityAt == null || r.LastActivityAt < day) : q.Where(r => false)),
            F<SignInActivityRecord>("never", "Never signed in", (q, v) => v == "true" ? q.Where(r => r.LastActivityAt == null) : q.Where(r => r.LastActivityAt != null)),
            F<SignInActivityRecord>("enabled", "Account", (q, v) => v == "false" ? q.Where(r => r.AccountEnabled == false) : q.Where(r => r.AccountEnabled == true)),
            F<SignInActivityRecord>("type", "User type", (q, v) => q.Where(r => r.UserType == v)),
        ]);

    private static RecordKind<ConditionalAccessPolicyRecord> PolicyKind() => new(
        ConditionalAccessPolicies, "Conditional Access policies", StreamCatalog.ConditionalAccess, db => db.IngestedConditionalAccessPolicies, null,
        [
            Column<ConditionalAccessPolicyRecord>.Of("name", "Policy", p => p.DisplayName, p => p.DisplayName),
            Column<ConditionalAccessPolicyRecord>.Of("state", "State", p => p.State, p => p.State) with { Display = PolicyTargets.State },
            Column<ConditionalAccessPolicyRecord>.Of("grants", "Grants", p => p.GrantControls, p => p.GrantControls) with { Display = PolicyTargets.Grants },
            Column<ConditionalAccessPolicyRecord>.Of("modified", "Modified (UTC)", p => p.ModifiedAt, p => Time(p.ModifiedAt)),
            Column<ConditionalAccessPolicyRecord>.Of("created", "Created (UTC)", p => p.CreatedAt, p => Time(p.CreatedAt)),
        ],
        [
            F<ConditionalAccessPolicyRecord>("state", "State", (q, v) => q.Where(p => p.State == v)),
        ]);

    private static RecordKind<GroupRecord> GroupKind() => new(
        Groups, "Groups", StreamCatalog.Groups, db => db.IngestedGroups.Where(g => g.DeletedAt == null), null,
        [
            Column<GroupRecord>.Of("name", "Group", g => g.DisplayName, g => g.DisplayName),
            Column<GroupRecord>.Plain("description", "Description", g => g.Description),
            Column<GroupRecord>.Of("security", "Security group", g => g.SecurityEnabled, g => YesNo(g.SecurityEnabled)),
            Column<GroupRecord>.Of("types", "Group types", g => g.GroupTypes, g => g.GroupTypes),
            Column<GroupRecord>.Of("created", "Created (UTC)", g => g.CreatedAt, g => Time(g.CreatedAt)),
        ],
        [
            F<GroupRecord>("security", "Security group", (q, v) => v == "false" ? q.Where(g => g.SecurityEnabled == false) : q.Where(g => g.SecurityEnabled == true)),
            Joined<GroupRecord>("privileged", "Holds a directory role", (db, q, v) => v == "true"
                ? q.Where(g => db.IngestedRoleAssignments.Any(a => a.IntegrationId == g.IntegrationId && a.PrincipalId == g.SourceId))
                : q.Where(g => !db.IngestedRoleAssignments.Any(a => a.IntegrationId == g.IntegrationId && a.PrincipalId == g.SourceId))),
        ]);

    private static RecordKind<DirectoryAuditRecord> DirectoryChangeKind() => new(
        DirectoryChanges, "Directory changes", StreamCatalog.DirectoryAudits, db => db.IngestedDirectoryAudits,
        (q, from, to) => q.Where(a => a.ActivityAt >= from && a.ActivityAt < to),
        [
            Column<DirectoryAuditRecord>.Of("time", "Time (UTC)", a => a.ActivityAt, a => Time(a.ActivityAt)),
            Column<DirectoryAuditRecord>.Of("activity", "Activity", a => a.ActivityDisplayName, a => a.ActivityDisplayName),
            Column<DirectoryAuditRecord>.Of("area", "Area", a => a.Area, a => a.Area) with { Display = area => DirectoryChangeAreas.Label(area) },
            Column<DirectoryAuditRecord>.Of("signal", "Signal", a => a.Signal, a => a.Signal) with { Display = signal => signal is null ? null : DirectoryChangeSignals.Label(signal) },
            Column<DirectoryAuditRecord>.Of("initiator", "Initiated by", a => a.InitiatedBy, a => a.InitiatedBy,
                a => a.InitiatedBy is { } who && who.Contains('@') ? UserLink(a.IntegrationId, who) : null),
            Column<DirectoryAuditRecord>.Of("target", "Target", a => a.TargetDisplayName, a => a.TargetDisplayName,
                a => a.TargetType == "User" && a.TargetId is { } id ? UserLink(a.IntegrationId, id) : null),
            Column<DirectoryAuditRecord>.Of("target_type", "Target type", a => a.TargetType, a => a.TargetType),
            Column<DirectoryAuditRecord>.Of("role", "Role", a => a.RoleName, a => a.RoleName),
            Column<DirectoryAuditRecord>.Of("result", "Result", a => a.Result, a => a.Result).InWords(),
            Column<DirectoryAuditRecord>.Plain("category", "Category", a => a.Category),
            Column<DirectoryAuditRecord>.Plain("correlation", "Correlation id", a => a.CorrelationId),
        ],
        [
            F<DirectoryAuditRecord>("area", "Area", (q, v) => q.Where(a => a.Area == v)),
            F<DirectoryAuditRecord>("signal", "Signal", (q, v) => v == "any" ? q.Where(a => a.Signal != null) : q.Where(a => a.Signal == v)),
            F<DirectoryAuditRecord>("initiator", "Initiated by", (q, v) => q.Where(a => a.InitiatedBy == v)),
            F<DirectoryAuditRecord>("target", "Target", (q, v) => q.Where(a => a.TargetDisplayName == v || a.TargetId == v)),
            F<DirectoryAuditRecord>("activity", "Activity", (q, v) => q.Where(a => a.ActivityDisplayName == v)),
            F<DirectoryAuditRecord>("result", "Result", (q, v) => q.Where(a => a.Result == v)),
            F<DirectoryAuditRecord>("id", "Audit id", (q, v) => q.Where(a => a.SourceId == v)),
        ]);

    private static string? YesNo(bool? value) => value switch { true => "Yes", false => "No", null => null };

    /// <summary>The <c>method_in_use</c> filter value for users asked for a text or a call.</summary>
    public const string MethodInUseTextOrCall = "text_or_call";

    /// <summary>The incidents filters' special values: every open status at once, and nobody assigned.</summary>
    public const string OpenIncidents = "open";
    public const string Unassigned = "none";

    /// <summary>The <c>service</c> filter's value for every name Defender for Identity's controls go by.</summary>
    public const string DefenderForIdentityControls = "defender_for_identity";

    private static RecordKind<IdentitySensorRecord> IdentitySensorKind() => new(
        IdentitySensors, "Defender for Identity sensors", StreamCatalog.IdentitySensors, db => db.IngestedIdentitySensors, null,
        [
            Column<IdentitySensorRecord>.Of("name", "Sensor", s => s.DisplayName, s => s.DisplayName ?? s.SourceId),
            Column<IdentitySensorRecord>.Of("type", "Watches", s => s.SensorType, s => s.SensorType).InWords(),
            Column<IdentitySensorRecord>.Of("domain", "Domain", s => s.DomainName, s => s.DomainName),
            Column<IdentitySensorRecord>.Of("health", "Health", s => s.HealthStatus, s => s.HealthStatus).InWords(),
            Column<IdentitySensorRecord>.Of("service", "Service", s => s.ServiceStatus, s => s.ServiceStatus).InWords(),
            Column<IdentitySensorRecord>.Of("deployment", "Deployment", s => s.DeploymentStatus, s => s.DeploymentStatus).InWords(),
            Column<IdentitySensorRecord>.Of("version", "Version", s => s.Version, s => s.Version),
            Column<IdentitySensorRecord>.Of("issues", "Open health issues", s => s.OpenHealthIssuesCount, s => s.OpenHealthIssuesCount.ToString(CultureInfo.InvariantCulture)),
            Column<IdentitySensorRecord>.Plain("controllers", "Domain controllers", s => s.DomainControllerDnsNames),
        ],
        [
            F<IdentitySensorRecord>("id", "Sensor id", (q, v) => q.Where(s => s.SourceId == v)),
            // The same rule as the page's count: not healthy, not running, or a deployment that failed.
            F<IdentitySensorRecord>("problem", "Has a problem", (q, v) => q.Where(v == Yes ? IdentitySensorRecord.Problem : IdentitySensorRecord.NoProblem)),
            F<IdentitySensorRecord>("health", "Health", (q, v) => q.Where(s => s.HealthStatus == v)),
        ]);

    private static RecordKind<IdentityHealthIssueRecord> IdentityHealthIssueKind() => new(
        // Current state: an issue opened before the range and still open is the one to fix.
        IdentityHealthIssues, "Defender for Identity health issues", StreamCatalog.IdentityHealthIssues, db => db.IngestedIdentityHealthIssues, null,
        [
            Column<IdentityHealthIssueRecord>.Of("name", "Issue", h => h.DisplayName, h => h.DisplayName ?? h.SourceId),
            Column<IdentityHealthIssueRecord>.Of("severity", "Severity", h => h.Severity, h => h.Severity).InWords(),
            Column<IdentityHealthIssueRecord>.Of("status", "Status", h => h.Status, h => h.Status).InWords(),
            Column<IdentityHealthIssueRecord>.Of("type", "Scope", h => h.HealthIssueType, h => h.HealthIssueType).InWords(),
            Column<IdentityHealthIssueRecord>.Plain("sensors", "Sensors", h => h.SensorDnsNames?.Replace(",", ", ", StringComparison.Ordinal)),
            Column<IdentityHealthIssueRecord>.Plain("fix", "Recommendations", h => h.Recommendations),
            Column<IdentityHealthIssueRecord>.Of("created", "Created (UTC)", h => h.CreatedAt, h => Time(h.CreatedAt)),
            Column<IdentityHealthIssueRecord>.Of("modified", "Last change (UTC)", h => h.LastModifiedAt, h => Time(h.LastModifiedAt)),
        ],
        [
            F<IdentityHealthIssueRecord>("id", "Issue id", (q, v) => q.Where(h => h.SourceId == v)),
            F<IdentityHealthIssueRecord>("status", "Status", (q, v) => q.Where(h => h.Status == v)),
            F<IdentityHealthIssueRecord>("severity", "Severity", (q, v) => q.Where(h => h.Severity == v)),
            F<IdentityHealthIssueRecord>("type", "Scope", (q, v) => q.Where(h => h.HealthIssueType == v)),
        ]);

    private static RecordKind<AlertIndicatorRecord> IndicatorSightingKind() => new(
        IndicatorSightings, "Indicator sightings", StreamCatalog.Alerts, db => db.IngestedAlertIndicators,
        (q, from, to) => q.Where(s => s.CreatedAt >= from && s.CreatedAt < to),
        [
            Column<AlertIndicatorRecord>.Of("time", "Seen (UTC)", s => s.CreatedAt, s => Time(s.CreatedAt)),
            Column<AlertIndicatorRecord>.Of("kind", "Kind", s => s.Kind, s => IndicatorsService.KindName(s.Kind)),
            Column<AlertIndicatorRecord>.Of("value", "Indicator", s => s.Value, s => s.Value),
            Column<AlertIndicatorRecord>.Of("verdict", "Verdict", s => s.Verdict, s => s.Verdict).InWords(),
            Column<AlertIndicatorRecord>.Of("alert", "Alert", s => s.AlertId, s => s.AlertId, s => DashboardLinks.Alert(s.IntegrationId, s.AlertId)),
        ],
        [
            F<AlertIndicatorRecord>("kind", "Kind", (q, v) => q.Where(s => s.Kind == v)),
            // Looked up as stored: domains and hashes without case, as the connector keeps them.
            F<AlertIndicatorRecord>("value", "Indicator", (q, v) => q.Where(s => s.Value == v || s.Value == v.ToLowerInvariant())),
            F<AlertIndicatorRecord>("verdict", "Verdict", (q, v) => q.Where(s => s.Verdict == v)),
        ]);

    private static RecordKind<HostReputationRecord> HostReputationKind() => new(
        // Current state: the latest answer Defender Threat Intelligence gave for each host the alerts named.
        HostReputations, "Host reputations (Defender Threat Intelligence)", StreamCatalog.ThreatIntelligence, db => db.IngestedHostReputations, null,
        [
            Column<HostReputationRecord>.Of("host", "Host", r => r.SourceId, r => r.SourceId, r => DashboardLinks.IndicatorSightings(r.IntegrationId, r.Kind, r.SourceId)),
            Column<HostReputationRecord>.Of("kind", "Kind", r => r.Kind, r => IndicatorsService.KindName(r.Kind)),
            Column<HostReputationRecord>.Of("classification", "Classification", r => r.Classification, r => r.Known ? r.Classification : "No record").InWords(),
            Column<HostReputationRecord>.Of("score", "Score", r => r.Score, r => r.Score?.ToString(CultureInfo.InvariantCulture)),
            Column<HostReputationRecord>.Of("articles", "Intel articles", r => r.ArticleCount, r => r.ArticleCount.ToString(CultureInfo.InvariantCulture)),
            Column<HostReputationRecord>.Plain("rules", "Why", r => string.Join("; ", r.ReadRules().Select(rule => $"{rule.Name}: {rule.Description}"))),
            Column<HostReputationRecord>.Of("checked", "Checked (UTC)", r => r.CheckedAt, r => Time(r.CheckedAt)),
        ],
        [
            F<HostReputationRecord>("classification", "Classification", (q, v) => q.Where(r => r.Classification == v)),
            F<HostReputationRecord>("kind", "Kind", (q, v) => q.Where(r => r.Kind == v)),
            F<HostReputationRecord>("host", "Host", (q, v) => q.Where(r => r.SourceId == v || r.SourceId == v.ToLowerInvariant())),
        ]);

    private static RecordKind<DefenderScoreRecord> DefenderScoreKind() => new(
        DefenderScores, "Exposure and device secure scores (Defender for Endpoint)", StreamCatalog.DefenderScores, db => db.IngestedDefenderScores,
        (q, from, to) => q.Where(s => s.Day >= from.Date && s.Day < to),
        [
            Column<DefenderScoreRecord>.Of("day", "Day (UTC)", s => s.Day, s => s.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Column<DefenderScoreRecord>.Of("kind", "Score", s => s.Kind, s => s.Kind == DefenderScoreRecord.Exposure ? "Exposure score" : "Device secure score"),
            Column<DefenderScoreRecord>.Of("group", "Machine group", s => s.MachineGroup, s => s.MachineGroup ?? "Whole organisation"),
            Column<DefenderScoreRecord>.Of("score", "Value", s => s.Score, s => s.Score.ToString("0.##", CultureInfo.InvariantCulture)),
            Column<DefenderScoreRecord>.Plain("level", "Exposure level", s => s.Kind == DefenderScoreRecord.Exposure ? DefenderScoreRecord.ExposureLevel(s.Score) : null),
            Column<DefenderScoreRecord>.Of("measured", "Measured (UTC)", s => s.MeasuredAt, s => Time(s.MeasuredAt)),
        ],
        [
            F<DefenderScoreRecord>("kind", "Score", (q, v) => q.Where(s => s.Kind == v)),
            F<DefenderScoreRecord>("group", "Machine group", (q, v) => v == Organisation ? q.Where(s => s.MachineGroup == null) : q.Where(s => s.MachineGroup == v)),
        ]);

    private static RecordKind<SecurityRecommendationRecord> SecurityRecommendationKind() => new(
        // Current state: what Defender recommends now.
        SecurityRecommendations, "Security recommendations (Defender for Endpoint)", StreamCatalog.SecurityRecommendations, db => db.IngestedSecurityRecommendations, null,
        [
            Column<SecurityRecommendationRecord>.Of("name", "Recommendation", r => r.RecommendationName, r => r.RecommendationName ?? r.SourceId),
            Column<SecurityRecommendationRecord>.Of("impact", "Exposure impact", r => r.ExposureImpact, r => r.ExposureImpact.ToString("0.##", CultureInfo.InvariantCulture)),
            Column<SecurityRecommendationRecord>.Of("exposed", "Exposed devices", r => r.ExposedMachinesCount,
                r => $"{r.ExposedMachinesCount.ToString(CultureInfo.InvariantCulture)} of {r.TotalMachineCount.ToString(CultureInfo.InvariantCulture)}"),
            Column<SecurityRecommendationRecord>.Of("category", "Category", r => r.Category, r => r.Category).InWords(),
            Column<SecurityRecommendationRecord>.Of("remediation", "Remediation", r => r.RemediationType, r => r.RemediationType).InWords(),
            Column<SecurityRecommendationRecord>.Of("status", "Status", r => r.Status, r => r.Status),
            Column<SecurityRecommendationRecord>.Of("weaknesses", "Weaknesses", r => r.Weaknesses, r => r.Weaknesses.ToString(CultureInfo.InvariantCulture)),
            Column<SecurityRecommendationRecord>.Of("exploit", "Public exploit", r => r.PublicExploit, r => YesNo(r.PublicExploit)),
            Column<SecurityRecommendationRecord>.Of("config", "Device score impact", r => r.ConfigScoreImpact, r => r.ConfigScoreImpact.ToString("0.##", CultureInfo.InvariantCulture)),
        ],
        [
            F<SecurityRecommendationRecord>("id", "Recommendation id", (q, v) => q.Where(r => r.SourceId == v)),
            F<SecurityRecommendationRecord>("status", "Status", (q, v) => q.Where(r => r.Status == v)),
            F<SecurityRecommendationRecord>("category", "Category", (q, v) => q.Where(r => r.Category == v)),
            F<SecurityRecommendationRecord>("remediation", "Remediation", (q, v) => q.Where(r => r.RemediationType == v)),
        ]);

    private static RecordKind<IncidentRecord> IncidentKind() => new(
        // Current state: an incident opened before the range and still open is what the SOC must see.
        Incidents, "Incidents", StreamCatalog.Incidents, db => db.IngestedIncidents, null,
        [
            Column<IncidentRecord>.Of("name", "Incident", i => i.DisplayName, i => i.DisplayName ?? i.SourceId, i => DashboardLinks.Incident(i.IntegrationId, i.SourceId)),
            Column<IncidentRecord>.Of("id", "Id", i => i.SourceId, i => i.SourceId),
            Column<IncidentRecord>.Of("severity", "Severity", i => i.Severity, i => i.Severity).InWords(),
            Column<IncidentRecord>.Of("status", "Status", i => i.Status, i => i.Status).InWords(),
            Column<IncidentRecord>.Of("assigned", "Assigned to", i => i.AssignedTo, i => i.AssignedTo),
            Column<IncidentRecord>.Of("classification", "Classification", i => i.Classification, i => i.Classification).InWords(),
            Column<IncidentRecord>.Of("determination", "Determination", i => i.Determination, i => i.Determination).InWords(),
            Column<IncidentRecord>.Of("created", "Created (UTC)", i => i.CreatedAt, i => Time(i.CreatedAt)),
            Column<IncidentRecord>.Of("updated", "Last update (UTC)", i => i.LastUpdateAt, i => Time(i.LastUpdateAt)),
        ],
        [
            F<IncidentRecord>("id", "Incident id", (q, v) => q.Where(i => i.SourceId == v)),
            F<IncidentRecord>("status", "Status", (q, v) => v == OpenIncidents ? q.Where(i => IncidentStatuses.Open.Contains(i.Status!)) : q.Where(i => i.Status == v)),
            F<IncidentRecord>("severity", "Severity", (q, v) => q.Where(i => i.Severity == v)),
            F<IncidentRecord>("classification", "Classification", (q, v) => q.Where(i => i.Classification == v)),
            F<IncidentRecord>("determination", "Determination", (q, v) => q.Where(i => i.Determination == v)),
            F<IncidentRecord>("assigned", "Assigned to", (q, v) => v == Unassigned ? q.Where(i => i.AssignedTo == null || i.AssignedTo == "") : q.Where(i => i.AssignedTo == v)),
        ]);

    /// <summary>The <c>status</c> filter's values on Secure Score controls: points left to earn, or all earned.</summary>
    public const string ControlToDo = "to_do";
    public const string ControlDone = "done";

    private static RecordKind<MicrosoftSecureScoreRecord> MicrosoftSecureScoreKind() => new(
        MicrosoftSecureScores, "Microsoft Secure Score by day", StreamCatalog.MicrosoftSecureScore, db => db.IngestedMicrosoftSecureScores,
        (q, from, to) => q.Where(s => s.CreatedAt >= from && s.CreatedAt < to),
        [
            Column<MicrosoftSecureScoreRecord>.Of("day", "Day (UTC)", s => s.CreatedAt, s => Time(s.CreatedAt)),
            Column<MicrosoftSecureScoreRecord>.Of("score", "Score", s => s.CurrentScore, s => s.CurrentScore.ToString("0.##", CultureInfo.InvariantCulture)),
            Column<MicrosoftSecureScoreRecord>.Of("max", "Out of", s => s.MaxScore, s => s.MaxScore.ToString("0.##", CultureInfo.InvariantCulture)),
            Column<MicrosoftSecureScoreRecord>.Of("average", "All tenants' average", s => s.AllTenantsAverage,
                s => s.AllTenantsAverage?.ToString("0.##", CultureInfo.InvariantCulture)),
            Column<MicrosoftSecureScoreRecord>.Of("licensed", "Licensed users", s => s.LicensedUserCount, s => s.LicensedUserCount?.ToString(CultureInfo.InvariantCulture)),
        ],
        []);

    private static RecordKind<SecureScoreControlRecord> SecureScoreControlKind() => new(
        SecureScoreControls, "Microsoft Secure Score controls", StreamCatalog.MicrosoftSecureScore, db => db.IngestedSecureScoreControls, null,
        [
            Column<SecureScoreControlRecord>.Of("title", "Control", c => c.Title, c => c.Title ?? c.SourceId, null),
            Column<SecureScoreControlRecord>.Of("service", "Product", c => c.Service, c => c.Service).InWords(),
            Column<SecureScoreControlRecord>.Of("category", "Category", c => c.ControlCategory, c => c.ControlCategory),
            Column<SecureScoreControlRecord>.Of("score", "Points", c => c.Score, c => c.Score?.ToString("0.##", CultureInfo.InvariantCulture)),
            Column<SecureScoreControlRecord>.Of("max", "Worth", c => c.MaxScore, c => c.MaxScore?.ToString("0.##", CultureInfo.InvariantCulture)),
            Column<SecureScoreControlRecord>.Of("rank", "Microsoft's rank", c => c.Rank, c => c.Rank?.ToString(CultureInfo.InvariantCulture)),
            Column<SecureScoreControlRecord>.Of("state", "Marked", c => c.State, c => c.State),
            Column<SecureScoreControlRecord>.Plain("remediation", "How to fix", c => c.Remediation),
            Column<SecureScoreControlRecord>.Of("action", "Where", c => c.ActionUrl, c => c.ActionUrl, c => DashboardLinks.HttpsOnly(c.ActionUrl)),
        ],
        [
            F<SecureScoreControlRecord>("id", "Control id", (q, v) => q.Where(c => c.SourceId == v)),
            F<SecureScoreControlRecord>("service", "Product", (q, v) => v == DefenderForIdentityControls
                ? q.Where(c => SecureScoreControlRecord.DefenderForIdentityServices.Contains(c.Service))
                : q.Where(c => c.Service == v)),
            F<SecureScoreControlRecord>("category", "Category", (q, v) => q.Where(c => c.ControlCategory == v)),
            // Points left: the control is worth more than the tenant has of it (unlisted in the newest score: nothing yet).
            F<SecureScoreControlRecord>("status", "Status", (q, v) => v == ControlDone
                ? q.Where(c => c.Deprecated != true && c.Score != null && c.Score >= c.MaxScore)
                : q.Where(c => c.Deprecated != true && (c.Score == null || c.Score < c.MaxScore))),
        ]);

    private static RecordKind<UserRegistrationRecord> MfaRegistrationKind() => new(
        MfaRegistration, "MFA registration", StreamCatalog.MfaRegistration, db => db.IngestedUserRegistrations, null,
        [
            Column<UserRegistrationRecord>.Of("user", "User", r => r.UserPrincipalName, r => r.UserDisplayName is { } name ? $"{name} ({r.UserPrincipalName})" : r.UserPrincipalName,
                r => UserLink(r.IntegrationId, r.SourceId)),
            Column<UserRegistrationRecord>.Of("admin", "Admin", r => r.IsAdmin, r => YesNo(r.IsAdmin)),
            Column<UserRegistrationRecord>.Of("mfa", "MFA registered", r => r.IsMfaRegistered, r => YesNo(r.IsMfaRegistered)),
            Column<UserRegistrationRecord>.Of("passwordless", "Passwordless capable", r => r.IsPasswordlessCapable, r => YesNo(r.IsPasswordlessCapable)),
            Column<UserRegistrationRecord>.Of("methods", "Methods registered", r => r.MethodsRegistered, r => r.MethodsRegistered).InWords(),
            Column<UserRegistrationRecord>.Of("method_in_use", "Asked for", r => r.MfaMethodInUse, r => r.MfaMethodInUse).InWords(),
            Column<UserRegistrationRecord>.Of("type", "User type", r => r.UserType, r => r.UserType).InWords(),
        ],
        [
            F<UserRegistrationRecord>("mfa", "MFA registered", (q, v) => v == "false" ? q.Where(r => r.IsMfaRegistered == false) : q.Where(r => r.IsMfaRegistered == true)),
            F<UserRegistrationRecord>("admin", "Admin", (q, v) => v == "false" ? q.Where(r => r.IsAdmin == false) : q.Where(r => r.IsAdmin == true)),
            // One of the registered methods, in the comma-joined list the connector stores.
            F<UserRegistrationRecord>("method", "Method registered", (q, v) => q.Where(r => EF.Functions.Like("," + r.MethodsRegistered + ",", "%," + v + ",%"))),
            // The second factor users are asked for; "text_or_call" is every SMS and voice method at once.
            F<UserRegistrationRecord>("method_in_use", "Asked for", (q, v) => v == MethodInUseTextOrCall
                ? q.Where(r => DefaultMfaMethods.TextOrCall.Contains(r.MfaMethodInUse!))
                : q.Where(r => r.MfaMethodInUse == v)),
            F<UserRegistrationRecord>("passwordless", "Passwordless capable", (q, v) => v == "false" ? q.Where(r => r.IsPasswordlessCapable == false) : q.Where(r => r.IsPasswordlessCapable == true)),
        ]);

    private static RecordKind<MachineRecord> MachineKind() => new(
        Machines, "Devices", StreamCatalog.Machines, db => db.IngestedMachines, null,
        [
            Column<MachineRecord>.Of("name", "Device", m => m.ComputerDnsName, m => m.ComputerDnsName, m => DashboardLinks.Device(m.IntegrationId, m.SourceId)),
            Column<MachineRecord>.Of("os", "OS", m => m.OsPlatform, m => m.OsPlatform),
            Column<MachineRecord>.Of("health", "Health", m => m.HealthStatus, m => m.HealthStatus).InWords(),
            Column<MachineRecord>.Of("risk", "Risk score", m => m.RiskScore, m => m.RiskScore).InWords(),
            Column<MachineRecord>.Of("exposure", "Exposure", m => m.ExposureLevel, m => m.ExposureLevel).InWords(),
            Column<MachineRecord>.Of("onboarding", "Onboarding", m => m.OnboardingStatus, m => m.OnboardingStatus).InWords(),
            Column<MachineRecord>.Plain("ip", "Last IP", m => m.LastIpAddress),
            Column<MachineRecord>.Of("last_seen", "Last seen (UTC)", m => m.LastSeen, m => Time(m.LastSeen)),
        ],
        [
            F<MachineRecord>("exposure", "Exposure", (q, v) => q.Where(m => m.ExposureLevel == v)),
            F<MachineRecord>("risk", "Risk score", (q, v) => q.Where(m => m.RiskScore == v)),
            F<MachineRecord>("os", "OS", (q, v) => q.Where(m => m.OsPlatform == v)),
            F<MachineRecord>("health", "Health", (q, v) => q.Where(m => m.HealthStatus == v)),
            F<MachineRecord>("onboarding", "Onboarding", (q, v) => v switch
            {
                "onboarded" => q.Where(MachineRecord.OnboardedDevice),
                "discovered" => q.Where(MachineRecord.DiscoveredDevice),
                _ => q.Where(m => m.OnboardingStatus == v),
            }),
        ]);

    private static RecordKind<VulnerabilityRecord> VulnerabilityKind() => new(
        Vulnerabilities, "Vulnerability findings", StreamCatalog.Vulnerabilities, db => db.IngestedVulnerabilities, null,
        [
            Column<VulnerabilityRecord>.Of("cve", "CVE", v => v.CveId, v => v.CveId),
            Column<VulnerabilityRecord>.Of("severity", "Severity", v => v.Severity, v => v.Severity).InWords(),
            Column<VulnerabilityRecord>.Of("cvss", "CVSS", v => v.CvssScore, v => v.CvssScore?.ToString("0.0", CultureInfo.InvariantCulture)),
            Column<VulnerabilityRecord>.Of("exploitability", "Exploitability", v => v.ExploitabilityLevel, v => v.ExploitabilityLevel).InWords(),
            Column<VulnerabilityRecord>.Of("software", "Software", v => v.SoftwareName, v => $"{v.SoftwareVendor} {v.SoftwareName} {v.SoftwareVersion}".Trim()),
            Column<VulnerabilityRecord>.Of("device", "Device", v => v.DeviceName, v => v.DeviceName,
                v => v.DeviceId is null ? null : DashboardLinks.Device(v.IntegrationId, v.DeviceId)),
            Column<VulnerabilityRecord>.Of("first_seen", "First seen (UTC)", v => v.FirstSeen, v => Time(v.FirstSeen)),
        ],
        [
            F<VulnerabilityRecord>("severity", "Severity", (q, v) => q.Where(f => f.Severity == v)),
            F<VulnerabilityRecord>("exploitability", "Exploitability", (q, v) => q.Where(f => f.ExploitabilityLevel == v)),
            F<VulnerabilityRecord>("cve", "CVE", (q, v) => q.Where(f => f.CveId == v)),
            F<VulnerabilityRecord>("device", "Device", (q, v) => q.Where(f => f.DeviceId == v)),
        ]);

    private static RecordKind<ActivityLogRecord> ActivityKind() => new(
        ActivityLogs, "Activity Log events", StreamCatalog.ActivityLogs, db => db.IngestedActivityLogs,
        (q, from, to) => q.Where(a => a.EventTimestamp >= from && a.EventTimestamp < to),
        [
            Column<ActivityLogRecord>.Of("time", "Time (UTC)", a => a.EventTimestamp, a => Time(a.EventTimestamp)),
            Column<ActivityLogRecord>.Of("operation", "Operation", a => a.OperationName, a => a.OperationName),
            Column<ActivityLogRecord>.Of("resource_type", "Resource type", a => a.ResourceType, a => a.ResourceType),
            Column<ActivityLogRecord>.Of("status", "Status", a => a.Status, a => a.SubStatus is { Length: > 0 } sub ? $"{a.Status} ({sub})" : a.Status),
            Column<ActivityLogRecord>.Of("event", "Event", a => a.EventName, a => a.EventName),
            Column<ActivityLogRecord>.Of("category", "Category", a => a.Category, a => a.Category ?? ActivityLogRecord.Administrative).InWords(),
            Column<ActivityLogRecord>.Plain("operation_id", "Operation id", a => a.OperationId),
            Column<ActivityLogRecord>.Of("caller", "Caller", a => a.Caller, a => a.Caller,
                a => a.Caller is { } caller && caller.Contains('@') ? UserLink(a.IntegrationId, caller) : null),
            Column<ActivityLogRecord>.Of("resource_group", "Resource group", a => a.ResourceGroupName, a => a.ResourceGroupName),
            Column<ActivityLogRecord>.Plain("subscription", "Subscription", a => a.SubscriptionId),
            Column<ActivityLogRecord>.Plain("resource", "Resource", a => a.ResourceId),
        ],
        [
            F<ActivityLogRecord>("action", "Action", (q, v) => q.Where(a => a.Action == v)),
            F<ActivityLogRecord>("resource_type", "Resource type", (q, v) => q.Where(a => a.ResourceType == v)),
            F<ActivityLogRecord>("status", "Status", (q, v) => q.Where(a => a.Status == v)),
            F<ActivityLogRecord>("caller", "Caller", (q, v) => q.Where(a => a.Caller == v)),
            F<ActivityLogRecord>("operation", "Operation", (q, v) => q.Where(a => a.OperationName == v)),
            F<ActivityLogRecord>("stage", "Stage", (q, v) => v == "final" ? q.Final() : q),
            F<ActivityLogRecord>("category", "Category", (q, v) => v == ActivityLogRecord.Administrative
                ? q.Where(a => a.Category == null || a.Category == v) : q.Where(a => a.Category == v)),
            F<ActivityLogRecord>("focus", "Focus", (q, v) => v == "role_assignments" ? q.Where(a => EF.Functions.Like(a.OperationName, RoleAssignmentOperations)) : q),
        ]);

    private static RecordKind<RecommendationRecord> RecommendationKind() => new(
        Recommendations, "Recommendations", StreamCatalog.Recommendations, db => db.IngestedRecommendations, null,
        [
            Column<RecommendationRecord>.Of("name", "Recommendation", r => r.DisplayName, r => r.DisplayName),
            Column<RecommendationRecord>.Of("status", "Status", r => r.StatusCode, r => r.StatusCode).InWords(),
            Column<RecommendationRecord>.Of("severity", "Severity", r => r.Severity, r => r.Severity).InWords(),
            Column<RecommendationRecord>.Of("resource_type", "Resource type", r => r.ResourceType, r => r.ResourceType),
            Column<RecommendationRecord>.Plain("categories", "Categories", r => r.Categories),
            Column<RecommendationRecord>.Plain("resource", "Resource", r => r.ResourceId),
        ],
        [
            F<RecommendationRecord>("status", "Status", (q, v) => q.Where(r => r.StatusCode == v)),
            F<RecommendationRecord>("severity", "Severity", (q, v) => q.Where(r => r.Severity == v)),
            F<RecommendationRecord>("resource_type", "Resource type", (q, v) => q.Where(r => r.ResourceType == v)),
            F<RecommendationRecord>("name", "Recommendation", (q, v) => q.Where(r => r.DisplayName == v)),
        ]);

    private static RecordKind<ComplianceControlRecord> ControlKind() => new(
        ComplianceControls, "Compliance controls", StreamCatalog.Compliance, db => db.IngestedComplianceControls, null,
        [
            Column<ComplianceControlRecord>.Of("standard", "Standard", c => c.StandardName, c => c.StandardName),
            Column<ComplianceControlRecord>.Of("control", "Control", c => c.ControlName, c => c.ControlName),
            Column<ComplianceControlRecord>.Plain("description", "Description", c => c.Description),
            Column<ComplianceControlRecord>.Of("state", "State", c => c.State, c => c.State).InWords(),
            Column<ComplianceControlRecord>.Of("failed", "Failed assessments", c => c.FailedAssessments, c => c.FailedAssessments.ToString(CultureInfo.InvariantCulture)),
            Column<ComplianceControlRecord>.Plain("passed", "Passed assessments", c => c.PassedAssessments.ToString(CultureInfo.InvariantCulture)),
            Column<ComplianceControlRecord>.Plain("skipped", "Skipped assessments", c => c.SkippedAssessments.ToString(CultureInfo.InvariantCulture)),
            Column<ComplianceControlRecord>.Plain("subscription", "Subscription", c => c.SubscriptionId),
        ],
        [
            F<ComplianceControlRecord>("standard", "Standard", (q, v) => q.Where(c => c.StandardName == v)),
            F<ComplianceControlRecord>("state", "State", (q, v) => q.Where(c => c.State == v)),
        ]);
}
