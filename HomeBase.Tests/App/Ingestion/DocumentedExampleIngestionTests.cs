using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;
using HomeBase.Tests.Infrastructure.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>
/// Microsoft's own documented example responses (Contracts/examples), served by the sandbox in place of its data and
/// read by the real connectors over HTTP: each stream stores exactly the records the example documents, with the
/// values the example holds. The examples' next links point at Microsoft's hosts (or are placeholders such as
/// <c>"..."</c>), so each page is replayed as the last one.
/// Not here, with the reason: <c>riskyuser-list</c> has type names for values ("Boolean", "String"), and the
/// <c>groups/delta</c> example is shortened to an item without its <c>id</c>.
/// </summary>
[Trait("Category", "App")]
public sealed class DocumentedExampleIngestionTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>
{
    private IngestionApp App => fixture.App;

    [Fact]
    public async Task Users_FromTheDeltaExample()
    {
        var example = Example("graph", "user-delta");
        var integration = await ReplayAsync(StreamCatalog.Users, ("/users/delta", example));

        var expected = Items(example).Single();
        var user = await App.QueryAsync(db => db.IngestedUsers.SingleAsync(u => u.IntegrationId == integration));
        Assert.Equal(Str(expected, "id"), user.SourceId);
        Assert.Equal(Str(expected, "userPrincipalName"), user.UserPrincipalName);
        Assert.Equal(Str(expected, "displayName"), user.DisplayName);
        Assert.Equal(Str(expected, "mail"), user.Mail);
        Assert.Equal(Str(expected, "jobTitle"), user.JobTitle);
    }

    [Fact]
    public async Task SignIns_FromTheListExample()
    {
        var example = Example("graph", "signin-list");
        var integration = await ReplayAsync(StreamCatalog.SignIns, ("/auditLogs/signIns", example));

        var expected = Items(example).Single();
        var signIn = await App.QueryAsync(db => db.IngestedSignIns.SingleAsync(s => s.IntegrationId == integration));
        Assert.Equal(Str(expected, "id"), signIn.SourceId);
        Assert.Equal(Time(expected, "createdDateTime"), signIn.CreatedAt);
        Assert.Equal(Str(expected, "userId"), signIn.UserId);
        Assert.Equal(Str(expected, "userPrincipalName"), signIn.UserPrincipalName);
        Assert.Equal(Str(expected, "appDisplayName"), signIn.AppDisplayName);
        Assert.Equal(Str(expected, "clientAppUsed"), signIn.ClientAppUsed);
        Assert.Equal(Str(expected, "ipAddress"), signIn.IpAddress);
        Assert.Equal(Str(expected["location"]!, "city"), signIn.City);
        Assert.Equal(Str(expected["location"]!, "countryOrRegion"), signIn.CountryOrRegion);
        Assert.Equal(expected["status"]!["errorCode"]!.GetValue<int>(), signIn.ErrorCode);
        Assert.Equal(Str(expected, "conditionalAccessStatus"), signIn.ConditionalAccessStatus);
        Assert.Equal(Str(expected, "riskLevelDuringSignIn"), signIn.RiskLevelDuringSignIn);
        Assert.Equal(Str(expected, "riskState"), signIn.RiskState);
        // The two policies the example lists, each with its result (present, so "no policy applied" is never implied).
        var policies = JsonNode.Parse(signIn.AppliedConditionalAccessPolicies!)!.AsArray();
        Assert.Equal(expected["appliedConditionalAccessPolicies"]!.AsArray().Select(p => Str(p!, "id")), policies.Select(p => Str(p!, "id")));
        Assert.Equal(expected["appliedConditionalAccessPolicies"]!.AsArray().Select(p => Str(p!, "result")), policies.Select(p => Str(p!, "result")));
    }

    [Fact]
    public async Task DirectoryAudits_FromTheListExample()
    {
        var example = Example("graph", "directoryaudit-list");
        var integration = await ReplayAsync(StreamCatalog.DirectoryAudits, ("/auditLogs/directoryAudits", example));

        var expected = Items(example).Single();
        var audit = await App.QueryAsync(db => db.IngestedDirectoryAudits.SingleAsync(a => a.IntegrationId == integration));
        Assert.Equal(Str(expected, "id"), audit.SourceId);
        Assert.Equal(Time(expected, "activityDateTime"), audit.ActivityAt);
        Assert.Equal(Str(expected, "category"), audit.Category);
        Assert.Equal(Str(expected, "activityDisplayName"), audit.ActivityDisplayName);
        Assert.Equal(Str(expected, "result"), audit.Result);
        Assert.Equal(Str(expected["initiatedBy"]!["user"]!, "userPrincipalName"), audit.InitiatedBy);
        Assert.Equal(Str(expected["targetResources"]![0]!, "displayName"), audit.TargetDisplayName);
        Assert.Equal(Str(expected["targetResources"]![0]!, "id"), audit.TargetId);
        Assert.Equal(Str(expected, "correlationId"), audit.CorrelationId);
        // Filed by Microsoft's category: the example's "Add member to group" is logged under UserManagement.
        Assert.Equal(HomeBase.Core.Ingestion.Records.DirectoryChangeAreas.Users, audit.Area);
        Assert.Null(audit.Signal);
        Assert.Null(audit.RoleName);
    }

    [Fact]
    public async Task RiskDetections_FromTheListExample()
    {
        var example = Example("graph", "riskdetection-list");
        var integration = await ReplayAsync(StreamCatalog.RiskDetections, ("/identityProtection/riskDetections", example));

        var expected = Items(example).Single();
        var detection = await App.QueryAsync(db => db.IngestedRiskDetections.SingleAsync(d => d.IntegrationId == integration));
        Assert.Equal(Str(expected, "id"), detection.SourceId);
        Assert.Equal(Str(expected, "riskEventType"), detection.RiskEventType);
        Assert.Equal(Str(expected, "riskLevel"), detection.RiskLevel);
        Assert.Equal(Str(expected, "riskState"), detection.RiskState);
        Assert.Equal(Str(expected, "userId"), detection.UserId);
        Assert.Equal(Str(expected, "userPrincipalName"), detection.UserPrincipalName);
        Assert.Equal(Str(expected, "ipAddress"), detection.IpAddress);
        Assert.Equal(Str(expected["location"]!, "countryOrRegion"), detection.CountryOrRegion);
        Assert.Equal(Time(expected, "detectedDateTime"), detection.DetectedAt);
    }

    [Fact]
    public async Task ConditionalAccessPolicies_FromTheListExample()
    {
        var example = Example("graph", "conditionalaccessroot-list-policies");
        var integration = await ReplayAsync(StreamCatalog.ConditionalAccess, ("/identity/conditionalAccess/policies", example));

        var stored = await App.QueryAsync(db => db.IngestedConditionalAccessPolicies.Where(p => p.IntegrationId == integration).ToListAsync());
        Assert.Equal(Items(example).Select(p => (Str(p, "id"), Str(p, "displayName"), Str(p, "state"))).Order(),
            stored.Select(p => ((string?)p.SourceId, p.DisplayName, p.State)).Order());
        Assert.All(stored, p => Assert.NotNull(p.ConditionsJson));
    }

    [Fact]
    public async Task RoleAssignments_FromTheListExamples()
    {
        var definitions = Example("graph", "rbacapplication-list-roledefinitions");
        var assignments = Example("graph", "rbacapplication-list-roleassignments");
        var integration = await ReplayAsync(StreamCatalog.RoleAssignments,
            ("/roleManagement/directory/roleDefinitions", definitions), ("/roleManagement/directory/roleAssignments", assignments));

        var stored = await App.QueryAsync(db => db.IngestedRoleAssignments.Where(a => a.IntegrationId == integration).ToListAsync());
        Assert.Equal(Items(assignments).Select(a => (Str(a, "id"), Str(a, "principalId"), Str(a, "roleDefinitionId"), Str(a, "directoryScopeId"), Str(a["principal"]!, "displayName"))).Order(),
            stored.Select(a => ((string?)a.SourceId, (string?)a.PrincipalId, (string?)a.RoleDefinitionId, a.DirectoryScopeId, a.PrincipalName)).Order());
        Assert.All(stored, a => Assert.Equal("user", a.PrincipalType));
        // The definitions example is shortened and lists no Global Administrator: the role's name is left unknown, not guessed.
        var known = Items(definitions).Select(d => Str(d, "id")).ToHashSet();
        Assert.All(stored, a => Assert.Equal(known.Contains(a.RoleDefinitionId) ? "named" : "unknown", a.RoleName is null ? "unknown" : "named"));
    }

    [Fact]
    public async Task RoleEligibility_FromTheListExample()
    {
        var definitions = Example("graph", "rbacapplication-list-roledefinitions");
        var eligibilities = Example("graph", "rbacapplication-list-roleeligibilityscheduleinstances");
        var schedules = Example("graph", "rbacapplication-list-roleassignmentscheduleinstances");
        var integration = await ReplayAsync(StreamCatalog.RoleEligibility,
            ("/roleManagement/directory/roleDefinitions", definitions), ("/roleManagement/directory/roleEligibilityScheduleInstances", eligibilities),
            ("/roleManagement/directory/roleAssignmentScheduleInstances", schedules));

        var expected = Items(eligibilities).Single();
        var stored = await App.QueryAsync(db => db.IngestedRoleEligibilities.SingleAsync(e => e.IntegrationId == integration));
        Assert.Equal((Str(expected, "id"), Str(expected, "principalId"), Str(expected, "roleDefinitionId"), Str(expected, "directoryScopeId"), Str(expected, "memberType")),
            ((string?)stored.SourceId, (string?)stored.PrincipalId, (string?)stored.RoleDefinitionId, stored.DirectoryScopeId, stored.MemberType));
        Assert.Equal(Time(expected, "startDateTime"), stored.StartAt);
        Assert.Equal(Time(expected, "endDateTime"), stored.EndAt);
        // The example is not expanded: the principal's kind and name stay unknown rather than guessed.
        Assert.Null(stored.PrincipalType);
        Assert.Null(stored.PrincipalName);

        // The active assignments' instances: two permanent Global Administrators, each pointing at its role assignment.
        var instances = await App.QueryAsync(db => db.IngestedRoleAssignmentSchedules.Where(s => s.IntegrationId == integration).ToListAsync());
        Assert.Equal(Items(schedules).Select(i => (Str(i, "id"), Str(i, "principalId"), Str(i, "roleDefinitionId"), Str(i, "assignmentType"), Str(i, "memberType"),
                Str(i, "roleAssignmentOriginId"), Time(i, "startDateTime"), Time(i, "endDateTime"))).Order(),
            instances.Select(i => ((string?)i.SourceId, (string?)i.PrincipalId, (string?)i.RoleDefinitionId, i.AssignmentType, i.MemberType, i.RoleAssignmentOriginId, i.StartAt, i.EndAt)).Order());
        Assert.All(instances, i => Assert.Equal("Assigned", i.AssignmentType));
    }

    [Fact]
    public async Task Incidents_FromTheListExample_EnumsInTheSchemasCase()
    {
        var example = Example("graph", "security-list-incidents");
        var integration = await ReplayAsync(StreamCatalog.Incidents, ("/security/incidents", example));

        var expected = Items(example).Single();
        var stored = await App.QueryAsync(db => db.IngestedIncidents.SingleAsync(i => i.IntegrationId == integration));
        Assert.Equal(Str(expected, "id"), stored.SourceId);
        Assert.Equal(Str(expected, "displayName"), stored.DisplayName);
        Assert.Equal(Str(expected, "assignedTo"), stored.AssignedTo);
        Assert.Equal(Str(expected, "incidentWebUrl"), stored.IncidentWebUrl);
        Assert.Equal(Time(expected, "createdDateTime"), stored.CreatedAt);
        Assert.Equal(Time(expected, "lastUpdateDateTime"), stored.LastUpdateAt);
        // The example writes the enums in PascalCase ("Active", "TruePositive"); the schema's members are camelCase.
        Assert.Equal("active", stored.Status);
        Assert.Equal("medium", stored.Severity);
        Assert.Equal("truePositive", stored.Classification);
        Assert.Equal("multiStagedAttack", stored.Determination);
        Assert.Equal("Demo", stored.CustomTags);
        Assert.Equal("Defender Experts", stored.SystemTags);
        Assert.StartsWith("Microsoft observed Raspberry Robin", stored.Description);
    }

    [Fact]
    public async Task IdentitySensors_FromTheListExample()
    {
        var example = Example("graph", "security-identitycontainer-list-sensors");
        var integration = await ReplayAsync(StreamCatalog.IdentitySensors, ("/security/identities/sensors", example));

        var expected = Items(example).Single();
        var stored = await App.QueryAsync(db => db.IngestedIdentitySensors.SingleAsync(s => s.IntegrationId == integration));
        Assert.Equal(Str(expected, "id"), stored.SourceId);
        Assert.Equal("DC1", stored.DisplayName);
        Assert.Equal("domain1.test.local", stored.DomainName);
        Assert.Equal("domainControllerIntegrated", stored.SensorType);
        Assert.Equal("2.239.18124.58593", stored.Version);
        Assert.Equal("upToDate", stored.DeploymentStatus);
        Assert.Equal("healthy", stored.HealthStatus);
        Assert.Equal(0, stored.OpenHealthIssuesCount);
        Assert.Equal("DC1.domain1.test.local", stored.DomainControllerDnsNames);
        Assert.Equal(Time(expected, "createdDateTime"), stored.CreatedAt);
        // The shortened example has no serviceStatus: unknown is not a problem, and the healthy sensor has none.
        Assert.Null(stored.ServiceStatus);
        Assert.False(stored.HasProblem);
    }

    [Fact]
    public async Task DefenderScores_FromTheThreeScoreExamples()
    {
        var exposure = Example("mde", "GetExposureScore");
        var groups = Example("mde", "ListExposureScoreByMachineGroups");
        var device = Example("mde", "GetDeviceSecureScore");
        var integration = await ReplayAsync(StreamCatalog.DefenderScores,
            ("/api/exposureScore/ByMachineGroups", groups), ("/api/exposureScore", exposure), ("/api/configurationScore", device));

        var stored = await App.QueryAsync(db => db.IngestedDefenderScores.Where(s => s.IntegrationId == integration).ToListAsync());
        Assert.Equal(4, stored.Count);
        var organisation = Assert.Single(stored, s => s.Kind == "exposure" && s.MachineGroup is null);
        Assert.Equal(33.491554051195706, organisation.Score);
        // The reading belongs to the day Microsoft computed it, from the example's time.
        Assert.Equal(Time(exposure, "time"), organisation.MeasuredAt);
        Assert.Equal(new DateTime(2019, 12, 3, 0, 0, 0, DateTimeKind.Utc), organisation.Day);
        Assert.Equal([("GroupOne", 41.38041766305988), ("GroupTwo", 37.403726933165366)],
            stored.Where(s => s.MachineGroup is not null).OrderBy(s => s.MachineGroup).Select(s => (s.MachineGroup!, s.Score)));
        // The example writes 340, an integer, for a Double.
        Assert.Equal(340, Assert.Single(stored, s => s.Kind == "device_secure_score").Score);
    }

    [Fact]
    public async Task HostReputations_FromTheReputationExample_ForEveryHostTheAlertsNamed()
    {
        var example = Example("graph", "security-host-get-reputation");
        var integration = await RunWithReplaysAsync(StreamCatalog.ThreatIntelligence, null, [("/security/threatIntelligence/hosts/", example)], StreamCatalog.Alerts);

        var stored = await App.QueryAsync(db => db.IngestedHostReputations.Where(r => r.IntegrationId == integration).ToListAsync());
        Assert.NotEmpty(stored);
        Assert.All(stored, r =>
        {
            Assert.True(r.Known);
            Assert.Equal("malicious", r.Classification);
            Assert.Equal(100, r.Score);
            Assert.Equal(1, r.ArticleCount);
            var rules = r.ReadRules();
            Assert.Equal(["Microsoft Defender Threat Intelligence Intel Article", "Name server", "Registrar", "Resolving IP Address"], rules.Select(rule => rule.Name));
            Assert.Equal("Activity Snapshot: DPRK Actors Target Maritime Sector", rules[0].Description);
            Assert.Equal("https://ti.defender.microsoft.com/article/831b70a4", rules[0].RelatedDetailsUrl);
            Assert.Equal(["high", "medium", "medium", "low"], rules.Select(rule => rule.Severity));
            Assert.Null(rules[1].RelatedDetailsUrl);
        });
    }

    [Fact]
    public async Task SecurityRecommendations_FromTheListExample()
    {
        var example = Example("mde", "ListRecommendations");
        var integration = await ReplayAsync(StreamCatalog.SecurityRecommendations, ("/api/recommendations", example));

        var expected = Items(example).Single();
        var stored = await App.QueryAsync(db => db.IngestedSecurityRecommendations.SingleAsync(r => r.IntegrationId == integration));
        Assert.Equal("va-_-microsoft-_-edge_chromium-based", stored.SourceId);
        Assert.Equal(Str(expected, "recommendationName"), stored.RecommendationName);
        Assert.Equal(("Application", "Update", "Active"), (stored.Category, stored.RemediationType, stored.Status));
        Assert.Equal(1.1744086343876479, stored.ExposureImpact);
        Assert.Equal((193L, 261L, 762L), (stored.ExposedMachinesCount, stored.TotalMachineCount, stored.Weaknesses));
        Assert.True(stored.PublicExploit);
        Assert.False(stored.ActiveAlert);
        Assert.Equal("71d9120e-7eea-4058-889a-1a60bbf7e312", stored.AssociatedThreats);
    }

    [Fact]
    public async Task IdentityHealthIssues_FromTheListExample_TypeInTheSchemasCase()
    {
        var example = Example("graph", "security-identitycontainer-list-healthissues");
        var integration = await ReplayAsync(StreamCatalog.IdentityHealthIssues, ("/security/identities/healthIssues", example));

        var expected = Items(example).Single();
        var stored = await App.QueryAsync(db => db.IngestedIdentityHealthIssues.SingleAsync(h => h.IntegrationId == integration));
        Assert.Equal(Str(expected, "id"), stored.SourceId);
        Assert.Equal(Str(expected, "displayName"), stored.DisplayName);
        Assert.Equal(Str(expected, "description"), stored.Description);
        // The example writes "Global"; the schema's member is "global".
        Assert.Equal("global", stored.HealthIssueType);
        Assert.Equal("1031", stored.IssueTypeId);
        Assert.Equal("medium", stored.Severity);
        Assert.Equal("open", stored.Status);
        Assert.Equal(Time(expected, "createdDateTime"), stored.CreatedAt);
        Assert.Equal("domain1.contoso.com,domain2.contoso.com", stored.DomainNames);
        Assert.Equal("DC1.domain1.contoso.com,DC2.domain2.contoso.com", stored.SensorDnsNames);
        Assert.StartsWith("Please configure the Directory Services Object Auditing events", stored.Recommendations);
        Assert.Equal("Import-Module DefenderForIdentity", stored.RecommendedActionCommands);
        Assert.Equal("Descendant User Objects (Schema-Id-Guid: bf967aba-0de6-11d0-a285-00aa003049e2)", stored.AdditionalInformation);
    }

    [Fact]
    public async Task MicrosoftSecureScore_FromTheScoreAndControlExamples()
    {
        var scores = Example("graph", "security-list-securescores");
        var controls = Example("graph", "security-list-securescorecontrolprofiles");
        var integration = await ReplayAsync(StreamCatalog.MicrosoftSecureScore,
            ("/security/secureScores", scores), ("/security/secureScoreControlProfiles", controls));

        var day = Items(scores).Single();
        var stored = await App.QueryAsync(db => db.IngestedMicrosoftSecureScores.SingleAsync(s => s.IntegrationId == integration));
        Assert.Equal(Str(day, "id"), stored.SourceId);
        Assert.Equal(Time(day, "createdDateTime"), stored.CreatedAt);
        Assert.Equal(387.0, stored.CurrentScore);
        Assert.Equal(697.0, stored.MaxScore);
        Assert.Equal(37.0, stored.AllTenantsAverage);
        Assert.Equal(100, stored.LicensedUserCount);
        Assert.Equal("HasExchange,HasSharePoint,HasInTune", stored.EnabledServices);

        // The control profile's points come from the day's controlScores (DLPEnabled: 20 of 20).
        var profile = Items(controls).Single();
        var control = await App.QueryAsync(db => db.IngestedSecureScoreControls.SingleAsync(c => c.IntegrationId == integration));
        Assert.Equal((Str(profile, "id"), Str(profile, "title"), Str(profile, "service"), Str(profile, "controlCategory"), Str(profile, "actionUrl")),
            ((string?)control.SourceId, control.Title, control.Service, control.ControlCategory, control.ActionUrl));
        Assert.Equal(20.0, control.MaxScore);
        Assert.Equal(20.0, control.Score);
        Assert.Equal(55, control.Rank);
        Assert.Equal("Default", control.State);
        Assert.Equal("Data Exfiltration,Data Spillage", control.Threats);
        Assert.False(control.Deprecated);
    }

    [Fact]
    public async Task MfaRegistration_FromTheReportExample()
    {
        var example = Example("graph", "authenticationmethodsroot-list-userregistrationdetails");
        var integration = await ReplayAsync(StreamCatalog.MfaRegistration, ("/reports/authenticationMethods/userRegistrationDetails", example));

        var stored = await App.QueryAsync(db => db.IngestedUserRegistrations.Where(r => r.IntegrationId == integration).ToListAsync());
        Assert.Equal(Items(example).Select(u => (Str(u, "id"), Str(u, "userPrincipalName"), u["isMfaRegistered"]!.GetValue<bool>(), u["isAdmin"]!.GetValue<bool>(),
                string.Join(',', u["methodsRegistered"]!.AsArray().Select(m => m!.GetValue<string>())))).Order(),
            stored.Select(r => ((string?)r.SourceId, r.UserPrincipalName, r.IsMfaRegistered!.Value, r.IsAdmin!.Value, r.MethodsRegistered ?? "")).Order());
        // The factor asked for: the first system-preferred method where that is on, else the user's default; "" is none.
        string? AskedFor(JsonNode u) => u["isSystemPreferredAuthenticationMethodEnabled"]!.GetValue<bool>()
            ? u["systemPreferredAuthenticationMethods"]!.AsArray().Select(m => m!.GetValue<string>()).FirstOrDefault()
            : Str(u, "userPreferredMethodForSecondaryAuthentication") is { Length: > 0 } m && m != "none" ? m : null;
        Assert.Equal(Items(example).Select(u => (Str(u, "id"), AskedFor(u))).Order(), stored.Select(r => ((string?)r.SourceId, r.MfaMethodInUse)).Order());
        Assert.Contains(stored, r => r.MfaMethodInUse == "push");
        Assert.Contains(stored, r => r.MfaMethodInUse is null);
    }

    [Fact]
    public async Task Alerts_FromTheAlertsV2Example()
    {
        var example = Example("graph", "security-list-alerts_v2");
        var integration = await ReplayAsync(StreamCatalog.Alerts, ("/security/alerts_v2", example));

        var expected = Items(example).Single();
        var alert = await App.QueryAsync(db => db.IngestedAlerts.SingleAsync(a => a.IntegrationId == integration));
        Assert.Equal(Str(expected, "id"), alert.SourceId);
        Assert.Equal(Str(expected, "title"), alert.Title);
        Assert.Equal(Str(expected, "severity"), alert.Severity);
        Assert.Equal(Str(expected, "status"), alert.Status);
        Assert.Equal(Str(expected, "serviceSource"), alert.ServiceSource);
        Assert.Equal(Str(expected, "detectionSource"), alert.DetectionSource);
        Assert.Equal(Str(expected, "incidentId"), alert.IncidentId);
        Assert.Equal(Time(expected, "createdDateTime"), alert.CreatedAt);
        // The example carries only the deprecated single category: it is the alert's category until the field goes.
        Assert.False(expected.ContainsKey("categories"));
        Assert.Equal(Str(expected, "category"), alert.Categories);
        // Its evidence names devices, files, processes and registry keys, but no user: the alert names no person.
        Assert.DoesNotContain(expected["evidence"]!.AsArray(), e => Str(e!, "@odata.type") == "#microsoft.graph.security.userEvidence");
        Assert.True(string.IsNullOrEmpty(alert.UserPrincipalNames));
        Assert.Equal(0, await App.QueryAsync(db => db.IngestedAlertUsers.CountAsync(u => u.IntegrationId == integration)));
    }

    [Fact]
    public async Task Machines_FromTheListExample()
    {
        var example = Example("mde", "ListMachines");
        var integration = await ReplayAsync(StreamCatalog.Machines, ("/api/machines", example));

        var expected = Items(example).Single();
        var machine = await App.QueryAsync(db => db.IngestedMachines.SingleAsync(m => m.IntegrationId == integration));
        Assert.Equal(Str(expected, "id"), machine.SourceId);
        Assert.Equal(Str(expected, "computerDnsName"), machine.ComputerDnsName);
        Assert.Equal(Str(expected, "osPlatform"), machine.OsPlatform);
        Assert.Equal(Str(expected, "healthStatus"), machine.HealthStatus);
        Assert.Equal(Str(expected, "riskScore"), machine.RiskScore);
        Assert.Equal(Str(expected, "exposureLevel"), machine.ExposureLevel);
        Assert.Equal(Str(expected, "lastIpAddress"), machine.LastIpAddress);
        Assert.Equal(Str(expected, "aadDeviceId"), machine.AadDeviceId);
        Assert.Equal(Time(expected, "lastSeen"), machine.LastSeen);
        // The example lists the device without onboardingStatus: it counts as onboarded.
        Assert.False(expected.ContainsKey("onboardingStatus"));
        Assert.True(HomeBase.Core.Ingestion.Records.MachineRecord.IsOnboarded(machine.OnboardingStatus));
    }

    [Fact]
    public async Task Vulnerabilities_FromTheExportExample_InstalledSoftwareWithoutACveIsNoFinding()
    {
        var example = Example("mde", "ExportSoftwareVulnerabilitiesByMachine");
        var integration = await ReplayAsync(StreamCatalog.Vulnerabilities, ("SoftwareVulnerabilitiesByMachine", example));

        // Every row of Microsoft's example is installed software with cveId null: inventory, not a finding.
        Assert.Equal(5, Items(example).Count());
        Assert.All(Items(example), row => Assert.Null(row["cveId"]));
        Assert.Equal(0, await App.StoredAsync(integration, StreamCatalog.Vulnerabilities));
    }

    [Fact]
    public async Task ActivityLog_FromTheListExample()
    {
        var example = Example("arm", "ActivityLogs_List");
        var integration = await ReplayArmAsync(StreamCatalog.ActivityLogs, ("eventtypes/management/values", example));

        var expected = Items(example).Single();
        var stored = await App.QueryAsync(db => db.IngestedActivityLogs.SingleAsync(e => e.IntegrationId == integration));
        Assert.Equal(Str(expected, "eventDataId"), stored.SourceId);
        Assert.Equal(Time(expected, "eventTimestamp"), stored.EventTimestamp);
        Assert.Equal(Str(expected["operationName"]!, "value"), stored.OperationName);
        Assert.Equal(Str(expected["status"]!, "value"), stored.Status);
        Assert.Equal(Str(expected["subStatus"]!, "value"), stored.SubStatus);
        Assert.Equal(Str(expected["eventName"]!, "value"), stored.EventName);
        Assert.Equal(Str(expected, "caller"), stored.Caller);
        Assert.Equal(Str(expected, "level"), stored.Level);
        Assert.Equal(Str(expected, "resourceGroupName"), stored.ResourceGroupName);
        Assert.Equal(Str(expected, "operationId"), stored.OperationId);
        Assert.Equal(Str(expected, "correlationId"), stored.CorrelationId);
        Assert.Equal("write", stored.Action);
    }

    [Fact]
    public async Task Recommendations_FromTheAssessmentsAndMetadataExamples_JoinedByName()
    {
        var assessments = Example("arm", "Assessments_List");
        var metadata = Example("arm", "AssessmentsMetadata_ListBySubscription");
        var integration = await ReplayArmAsync(StreamCatalog.Recommendations,
            ("/providers/Microsoft.Security/assessments?", assessments), ("/providers/Microsoft.Security/assessmentMetadata?", metadata));

        var byName = Items(metadata).ToDictionary(m => Str(m, "name")!);
        var stored = await App.QueryAsync(db => db.IngestedRecommendations.Where(r => r.IntegrationId == integration).ToListAsync());
        Assert.Equal(Items(assessments).Count(), stored.Count);
        foreach (var expected in Items(assessments))
        {
            var record = stored.Single(r => r.SourceId == Str(expected, "id"));
            var properties = expected["properties"]!;
            Assert.Equal(Str(properties, "displayName"), record.DisplayName);
            Assert.Equal(Str(properties["status"]!, "code"), record.StatusCode);
            Assert.Equal(Str(properties["resourceDetails"]!, "id"), record.ResourceId);
            // Severity and categories come from the metadata item of the same name, as the schema joins them.
            var meta = byName[Str(expected, "name")!]["properties"]!;
            Assert.Equal(Str(meta, "severity"), record.Severity);
            Assert.Equal(string.Join(',', meta["categories"]!.AsArray().Select(c => c!.GetValue<string>())), record.Categories);
        }
    }

    [Fact]
    public async Task SecureScore_FromTheListExample()
    {
        var example = Example("arm", "SecureScores_List");
        var integration = await ReplayArmAsync(StreamCatalog.SecureScore, ("/providers/Microsoft.Security/secureScores?", example));

        var expected = Items(example).Single();
        var score = await App.QueryAsync(db => db.IngestedSecureScores.SingleAsync(s => s.IntegrationId == integration));
        Assert.Equal(Str(expected, "id"), score.SourceId);
        Assert.Equal(ExampleSubscription, score.SubscriptionId);
        Assert.Equal(expected["properties"]!["score"]!["current"]!.GetValue<double>(), score.Current);
        Assert.Equal(expected["properties"]!["score"]!["max"]!.GetValue<double>(), score.Max);
        Assert.Equal(expected["properties"]!["score"]!["percentage"]!.GetValue<double>(), score.Percentage);
        var day = await App.QueryAsync(db => db.IngestedSecureScoreHistory.SingleAsync(s => s.IntegrationId == integration));
        Assert.Equal(score.Current, day.Current);
    }

    [Fact]
    public async Task Compliance_FromTheStandardsAndControlsExamples()
    {
        var standards = Example("arm", "RegulatoryComplianceStandards_List");
        var controls = Example("arm", "RegulatoryComplianceControls_List");
        // Microsoft documents the controls of PCI-DSS-3.2 only; the example's other standards answer an empty list.
        var others = Items(standards).Select(s => Str(s, "name")!).Where(n => n != "PCI-DSS-3.2")
            .Select(n => ($"regulatoryComplianceStandards/{n}/regulatoryComplianceControls", new JsonObject { ["value"] = new JsonArray() }));
        var integration = await ReplayArmAsync(StreamCatalog.Compliance,
            [("/regulatoryComplianceStandards?", standards), ("regulatoryComplianceStandards/PCI-DSS-3.2/regulatoryComplianceControls", controls), .. others]);

        var storedStandards = await App.QueryAsync(db => db.IngestedComplianceStandards.Where(s => s.IntegrationId == integration).ToListAsync());
        Assert.Equal(Items(standards).Select(s => (Str(s, "name"), Str(s["properties"]!, "state"), Int(s["properties"]!, "passedControls"), Int(s["properties"]!, "failedControls"))).Order(),
            storedStandards.Select(s => ((string?)s.Name, s.State, (int?)s.PassedControls, (int?)s.FailedControls)).Order());
        var storedControls = await App.QueryAsync(db => db.IngestedComplianceControls.Where(c => c.IntegrationId == integration).ToListAsync());
        Assert.Equal(Items(controls).Select(c => (Str(c, "name"), Str(c["properties"]!, "state"), Int(c["properties"]!, "failedAssessments"))).Order(),
            storedControls.Select(c => ((string?)c.ControlName, c.State, (int?)c.FailedAssessments)).Order());
        Assert.All(storedControls, c => Assert.Equal("PCI-DSS-3.2", c.StandardName));
    }

    /// <summary>The first subscription of Microsoft's subscriptions example, the one the ARM replays read.</summary>
    private static string ExampleSubscription => Str(Items(Example("arm", "Subscriptions_List")).First(), "subscriptionId")!;

    /// <summary>An ARM stream on Microsoft's subscriptions example, narrowed to its first subscription so each page is read once.</summary>
    private Task<string> ReplayArmAsync(string stream, params (string Path, JsonObject Response)[] replays) =>
        RunWithReplaysAsync(stream, [ExampleSubscription], [("/subscriptions?api-version", Example("arm", "Subscriptions_List")), .. replays]);

    private Task<string> ReplayAsync(string stream, params (string Path, JsonObject Response)[] replays) => RunWithReplaysAsync(stream, null, replays);

    /// <summary>
    /// Connects a new integration to the sandbox, runs <paramref name="runFirst"/> as the sandbox serves it (the streams whose
    /// records a lookup stream reads), then runs <paramref name="stream"/> once with the sandbox answering each path with its
    /// example page; returns the integration. The run must end healthy.
    /// </summary>
    private async Task<string> RunWithReplaysAsync(string stream, string[]? subscriptions, (string Path, JsonObject Response)[] replays, params string[] runFirst)
    {
        var tenant = await App.CreateTenantAsync();
        var integration = await App.ConnectAsync(tenant, RequestBodies.Contoso);
        foreach (var first in runFirst) await App.Runner.RunAsync(integration, first);
        if (subscriptions is not null)
        {
            using var client = App.CreateApiClient(tenant.ApiKey);
            var body = new JsonObject { ["config"] = new JsonObject { ["subscription_ids"] = new JsonArray([.. subscriptions.Select(s => JsonValue.Create(s))]) } };
            Assert.Equal(HttpStatusCode.OK, (await client.PatchAsync($"/v1/integrations/{integration}", body.Json())).StatusCode);
        }
        await App.SandboxControlAsync(HttpMethod.Delete, "/faults");
        try
        {
            foreach (var (path, response) in replays)
            {
                var added = await App.SandboxControlAsync(HttpMethod.Post, "/faults", new { kind = "replay", tenant = "contoso", path, response });
                Assert.Equal(HttpStatusCode.OK, added.StatusCode);
            }
            var result = await App.Runner.RunAsync(integration, stream);
            Assert.True(result!.State == StreamStates.Healthy, $"{stream}: {result.State} {result.Error}");
        }
        finally
        {
            await App.SandboxControlAsync(HttpMethod.Delete, "/faults");
        }
        return integration;
    }

    /// <summary>An example's response body as the last page: without the next link Microsoft's example shows.</summary>
    private static JsonObject Example(string api, string name)
    {
        var fixture = JsonNode.Parse(File.ReadAllText(Path.Combine(MicrosoftSchema.Directory, "examples", api, name + ".json")))!;
        var response = fixture["response"]!.DeepClone().AsObject();
        response.Remove("@odata.nextLink");
        response.Remove("nextLink");
        return response;
    }

    private static IEnumerable<JsonObject> Items(JsonObject page) => page["value"]!.AsArray().OfType<JsonObject>();

    private static string? Str(JsonNode node, string name) => node[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static int? Int(JsonNode node, string name) => node[name] is JsonValue v && v.TryGetValue<int>(out var i) ? i : null;

    /// <summary>A documented time as HomeBase stores it: UTC, to the microsecond (what PostgreSQL keeps).</summary>
    private static DateTime? Time(JsonNode node, string name) => Str(node, name) is { } text
        ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture).UtcDateTime is var time ? time.AddTicks(-(time.Ticks % 10)) : null
        : null;
}
