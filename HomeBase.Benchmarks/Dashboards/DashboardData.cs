using System.Diagnostics;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Values;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Integrations;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Core.Tenants;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Benchmarks.Dashboards;

/// <summary>
/// A tenant the size of issue 8's performance target, written straight into the database through EF Core: one
/// integration with 1,000,000 sign-ins, 200,000 alerts, 500,000 vulnerability findings and 1,000,000 Activity Log
/// events over 30 days (times <c>scale</c>), and the directory, risk and posture records around them. The values
/// follow the sandbox's vocabularies; a fixed seed makes every run the same.
/// </summary>
internal sealed class DashboardData(IDbContextFactory<HomeBaseDbContext> contexts, HomeBase.Core.Dashboards.Rollups.RollupRefresher rollups, DateTime now, double scale, bool postgreSql)
{
    public const string TenantId = "ten_01benchmark0000000000000000";
    public const string IntegrationId = "int_01benchmark0000000000000000";

    /// <summary>The viewer the pages are read as: Core checks each scope against a real membership.</summary>
    public const string ViewerId = "benchmark-viewer";

    private static readonly string[] Countries = ["US", "US", "US", "GB", "DE", "FR", "NL", "IN", "JP", "BR", "AU", "RU"];
    private static readonly string[] Apps = ["Microsoft Teams", "Office 365 Exchange Online", "Azure Portal", "Microsoft Azure CLI", "My Profile", "OneNote", "Graph Explorer", "Office 365 SharePoint Online"];
    private static readonly (int Code, string Reason)[] Errors =
    [
        (50126, "Error validating credentials due to invalid username or password."), (50053, "The account is locked."), (50057, "The user account is disabled."),
        (53003, "Access has been blocked by Conditional Access policies."), (50074, "Strong Authentication is required."), (500121, "Authentication failed during strong authentication request."),
        (50055, "The password is expired."), (50076, "Multi-factor authentication is required."),
    ];
    private static readonly string[] Policies = ["Require MFA for administrators", "Block legacy authentication", "Require compliant device", "Block sign-ins from high-risk countries", "Require MFA for risky sign-ins"];
    private static readonly (string Source, string Category, string Title, string Technique)[] AlertKinds =
    [
        ("microsoftDefenderForEndpoint", "Execution", "Suspicious PowerShell command line", "T1059.001"),
        ("microsoftDefenderForEndpoint", "Malware", "'Emotet' malware was detected", "T1204.002"),
        ("microsoftDefenderForEndpoint", "CredentialAccess", "Credential dumping activity observed (Mimikatz)", "T1003.001"),
        ("microsoftDefenderForEndpoint", "LateralMovement", "Suspicious remote WMI execution", "T1047"),
        ("microsoftDefenderForIdentity", "LateralMovement", "Suspected identity theft (pass-the-hash)", "T1550.002"),
        ("microsoftDefenderForIdentity", "CredentialAccess", "Suspected DCSync attack", "T1003.006"),
        ("azureAdIdentityProtection", "InitialAccess", "Unfamiliar sign-in properties", "T1078"),
        ("microsoftDefenderForOffice365", "InitialAccess", "Email messages containing malicious URL removed", "T1566.002"),
    ];
    private static readonly string[] Severities = ["informational", "low", "medium", "medium", "high", "high"];
    private static readonly string[] Operations =
    [
        "Microsoft.Compute/virtualMachines/write", "Microsoft.Compute/virtualMachines/delete", "Microsoft.Storage/storageAccounts/write",
        "Microsoft.Network/networkSecurityGroups/write", "Microsoft.KeyVault/vaults/write", "Microsoft.Web/sites/restart/action",
        "Microsoft.Resources/deployments/write", "Microsoft.Authorization/roleAssignments/write", "Microsoft.Authorization/roleAssignments/delete",
        "Microsoft.Compute/virtualMachines/start/action",
    ];

    private readonly Random random = new(42);
    private readonly DateTime since = now.AddDays(-30);

    public int SignIns => (int)(1_000_000 * scale);
    public int Alerts => (int)(200_000 * scale);
    public int Vulnerabilities => (int)(500_000 * scale);
    public int ActivityEvents => (int)(1_000_000 * scale);
    public int Users => Math.Max(100, (int)(20_000 * scale));
    public int Machines => Math.Max(50, (int)(5_000 * scale));

    public string BusyUserId => UserId(7);

    /// <summary>What the search benchmark types: a name, a principal name, a device, an alert title, an incident, an address, a CVE, and a miss.</summary>
    public IReadOnlyList<(string What, string Text)> Searches =>
    [
        ("person by name", "User 12"), ("person by UPN", "user345@"), ("device", "HOST-42"), ("alert title", "suspicious"),
        ("incident", "1042"), ("IP address", "198.51.100.7"), ("CVE", "cve-2024-1010"), ("nothing", "zz-nothing"),
    ];

    public string UserId(int index) => $"00000000-0000-4000-8000-{index:000000000000}";

    private string Upn(int index) => $"user{index}@bench.example";

    private string MachineId(int index) => $"{index:x8}machine0000000000000000000000000000"[..40];

    private DateTime At() => since.AddSeconds(random.NextDouble() * (now - since).TotalSeconds);

    private T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];

    public async Task LoadAsync()
    {
        var clock = Stopwatch.StartNew();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.Tenants.Add(new Tenant { Id = TenantId, Name = "Benchmark", CreatedAt = now });
            db.Users.Add(new HomeBase.Core.Access.HomeBaseUser
            {
                Id = ViewerId, UserName = "viewer@benchmark.test", NormalizedUserName = "VIEWER@BENCHMARK.TEST", Email = "viewer@benchmark.test",
                NormalizedEmail = "VIEWER@BENCHMARK.TEST", DisplayName = "Benchmark viewer", SecurityStamp = Guid.NewGuid().ToString("N"), CreatedAt = now,
            });
            db.TenantMemberships.Add(new HomeBase.Core.Access.TenantMembership
            {
                UserId = ViewerId, TenantId = TenantId, Role = HomeBase.Core.Access.Roles.Viewer, CreatedAt = now,
            });
            db.Integrations.Add(new Integration
            {
                Id = IntegrationId, TenantId = TenantId, Type = "azure", Name = "Benchmark tenant", Cloud = "global",
                AzureTenantId = Guid.NewGuid().ToString(), ClientId = Guid.NewGuid().ToString(), Status = IntegrationStatuses.Connected,
                Config = new IntegrationConfig { IngestEntraId = true, IngestDefender = true, IngestActivityLogs = true, IngestDefenderForCloud = true },
                ClientSecretExpiresAt = now.AddDays(600), CreatedAt = now, UpdatedAt = now,
            });
            foreach (var stream in StreamCatalog.All)
            {
                db.StreamHealth.Add(new StreamHealth { IntegrationId = IntegrationId, Stream = stream.Name, State = StreamStates.Healthy, LastRunAt = now, LastSuccessAt = now, LastEventAt = now });
            }
            await db.SaveChangesAsync();
        }

        await WriteAsync("users", Enumerable.Range(0, Users).Select(i => new UserRecord
        {
            IntegrationId = IntegrationId, SourceId = UserId(i), DisplayName = $"User {i}", UserPrincipalName = Upn(i), JobTitle = "Engineer",
            Department = Pick(["Engineering", "Sales", "Finance", "IT"]), UserType = i % 25 == 0 ? "Guest" : "Member", AccountEnabled = i % 30 != 0,
            OnPremisesSyncEnabled = i % 3 == 0 ? true : null, CreatedAt = since,
        }));
        // The directory around them: groups, a few hundred role assignments (some to groups and disabled accounts), every
        // user's last sign-in (one in eight dormant), and directory audits at two per person a month (one in fifty flagged).
        var groups = Math.Max(10, Users / 20);
        await WriteAsync("groups", Enumerable.Range(0, groups).Select(i => new GroupRecord
        {
            IntegrationId = IntegrationId, SourceId = $"group{i}", DisplayName = $"Group {i}", SecurityEnabled = i % 3 != 0, MailEnabled = i % 3 == 0, CreatedAt = since,
        }));
        await WriteAsync("group members", Enumerable.Range(0, Users).Select(i => new GroupMemberRecord
        {
            IntegrationId = IntegrationId, SourceId = GroupMemberRecord.KeyOf($"group{i % groups}", UserId(i)), GroupId = $"group{i % groups}", MemberId = UserId(i), MemberType = "user",
        }));
        string[] roles = ["62e90394-69f5-4237-9190-012177145e10", "194ae4cb-b126-40b2-bd5b-6091b380977d", "fe930be7-5e62-47db-91af-98c3a49a38b1", "5d6b6bb7-de71-4623-b4af-96380a352509"];
        await WriteAsync("role assignments", Enumerable.Range(0, Math.Max(20, Users / 100)).Select(i => new RoleAssignmentRecord
        {
            IntegrationId = IntegrationId, SourceId = $"ra{i}", RoleDefinitionId = roles[i % roles.Length], RoleTemplateId = roles[i % roles.Length], RoleName = $"Role {i % roles.Length}",
            RoleIsBuiltIn = true, DirectoryScopeId = "/", PrincipalId = i % 10 == 9 ? $"group{i}" : UserId(i * 30 % Users), PrincipalType = i % 10 == 9 ? "group" : "user",
            PrincipalName = $"User {i * 30 % Users}", PrincipalAccountEnabled = i % 10 == 9 ? null : (i * 30 % Users) % 30 != 0,
        }));
        await WriteAsync("sign-in activity", Enumerable.Range(0, Users).Select(i =>
        {
            DateTime? last = i % 40 == 0 ? null : i % 8 == 0 ? now.AddDays(-100 - random.Next(300)) : now.AddDays(-random.NextDouble() * 14);
            return new SignInActivityRecord
            {
                IntegrationId = IntegrationId, SourceId = UserId(i), DisplayName = $"User {i}", UserPrincipalName = Upn(i), UserType = "Member", AccountEnabled = i % 30 != 0,
                LastSignInAt = last, LastActivityAt = last, LastSyncedAt = now,
            };
        }));
        // The policies the sign-ins' applied-policy JSON names, by their index.
        await WriteAsync("conditional access policies", Policies.Select((name, i) => new ConditionalAccessPolicyRecord
        {
            IntegrationId = IntegrationId, SourceId = i.ToString(System.Globalization.CultureInfo.InvariantCulture), DisplayName = name,
            State = "enabled", GrantControls = "mfa", LastSyncedAt = now, ModifiedAt = since,
            ConditionsJson = """{"users":{"includeUsers":["All"]},"applications":{"includeApplications":["All"]},"clientAppTypes":["all"]}""",
        }));
        string[] activities = ["Update user", "Add member to group", "Add member to role", "Add service principal credentials", "Update Conditional Access policy", "Consent to application"];
        await WriteAsync("directory audits", Enumerable.Range(0, Users * 2).Select(i => new DirectoryAuditRecord
        {
            IntegrationId = IntegrationId, SourceId = $"audit{i:x12}", ActivityAt = At(), ActivityDisplayName = activities[i % activities.Length], Category = "Core Directory",
            Result = i % 25 == 0 ? "failure" : "success", InitiatedBy = Upn(random.Next(200)), TargetDisplayName = Upn(random.Next(Users)), TargetType = "User",
            TargetId = UserId(random.Next(Users)), Area = Pick(HomeBase.Core.Ingestion.Records.DirectoryChangeAreas.All),
            Signal = i % 50 == 0 ? Pick(HomeBase.Core.Ingestion.Records.DirectoryChangeSignals.All) : null,
        }));
        await WriteAsync("risky users", Enumerable.Range(0, Users / 20).Select(i => new RiskyUserRecord
        {
            IntegrationId = IntegrationId, SourceId = UserId(i * 20 + 7), UserDisplayName = $"User {i * 20 + 7}", UserPrincipalName = Upn(i * 20 + 7),
            RiskLevel = Pick(["high", "medium", "low"]), RiskState = Pick(["atRisk", "atRisk", "confirmedCompromised", "remediated", "dismissed"]), RiskLastUpdatedAt = At(),
        }));
        await WriteAsync("risk detections", Enumerable.Range(0, Users * 2).Select(i =>
        {
            var user = random.Next(Users / 20) * 20 + 7;
            var at = At();
            return new RiskDetectionRecord
            {
                IntegrationId = IntegrationId, SourceId = $"det{i}", RiskEventType = Pick(["unfamiliarFeatures", "anonymizedIPAddress", "passwordSpray", "unlikelyTravel", "leakedCredentials"]),
                RiskLevel = Pick(["high", "medium", "low"]), RiskState = "atRisk", UserId = UserId(user), UserPrincipalName = Upn(user),
                IpAddress = "203.0.113.9", CountryOrRegion = Pick(Countries), DetectedAt = at, LastUpdatedAt = at,
            };
        }));
        await WriteAsync("sign-ins", Enumerable.Range(0, SignIns).Select(i =>
        {
            var user = random.Next(Users);
            var failed = random.Next(100) < 12;
            var (code, reason) = failed ? Pick(Errors) : (0, null);
            var ca = code == 53003 ? "failure" : random.Next(100) < 35 ? "notApplied" : "success";
            var policy = Pick(Policies);
            return new SignInRecord
            {
                IntegrationId = IntegrationId, SourceId = $"si{i:x12}", CreatedAt = At(), UserId = UserId(user), UserPrincipalName = Upn(user), AppDisplayName = Pick(Apps),
                ClientAppUsed = "Browser", IpAddress = "198.51.100.7", City = "Somewhere", CountryOrRegion = Pick(Countries), ErrorCode = code, FailureReason = reason,
                ConditionalAccessStatus = ca, RiskLevelDuringSignIn = "none", RiskState = "none",
                AppliedConditionalAccessPolicies = $"[{{\"id\":\"{Array.IndexOf(Policies, policy)}\",\"result\":\"{(ca == "failure" ? "failure" : ca == "success" ? "success" : "notApplied")}\",\"display_name\":\"{policy}\"}}]",
            };
        }));
        await WriteAsync("alerts", Enumerable.Range(0, Alerts).Select(i =>
        {
            var kind = Pick(AlertKinds);
            var created = At();
            var status = Pick(["new", "inProgress", "resolved", "resolved"]);
            var user = random.Next(Users);
            var machine = random.Next(Machines);
            return new AlertRecord
            {
                IntegrationId = IntegrationId, SourceId = $"da{i:x12}", Title = kind.Title, Severity = Pick(Severities), Status = status, ServiceSource = kind.Source,
                DetectionSource = kind.Source, Categories = kind.Category, IncidentId = (1000 + i / 3).ToString(System.Globalization.CultureInfo.InvariantCulture),
                MitreTechniques = kind.Technique, CreatedAt = created, LastUpdateAt = created.AddMinutes(30), ResolvedAt = status == "resolved" ? created.AddHours(2) : null,
                UserPrincipalNames = AlertRecord.Wrap([Upn(user)]), DeviceIds = AlertRecord.Wrap([MachineId(machine)]),
                DeviceNames = AlertRecord.Wrap([$"host-{machine}.bench.example"]), Accounts = AlertRecord.Wrap([Upn(user)]),
                Evidence = AlertEvidence.Serialize([new AlertEvidence(AlertEvidence.User, Upn(user), UserId(user), "suspicious", $"User {user}")]),
            };
        }));
        await using (var db = await contexts.CreateDbContextAsync())
        {
            // The index of the people alerts name, as the alerts connector writes it alongside (one person per alert here).
            // Quoted names for PostgreSQL's case; trim(x, chars) is SQLite's, btrim PostgreSQL's.
            var linked = await db.Database.ExecuteSqlRawAsync(postgreSql
                ? "INSERT INTO \"IngestedAlertUsers\" (\"IntegrationId\", \"SourceId\", \"AlertId\", \"UserKey\", \"CreatedAt\", \"FirstSeenAt\", \"LastChangedAt\") " +
                  "SELECT \"IntegrationId\", \"SourceId\" || '|' || btrim(\"UserPrincipalNames\", ';'), \"SourceId\", btrim(\"UserPrincipalNames\", ';'), \"CreatedAt\", \"FirstSeenAt\", \"LastChangedAt\" FROM \"IngestedAlerts\""
                : "INSERT INTO IngestedAlertUsers (IntegrationId, SourceId, AlertId, UserKey, CreatedAt, FirstSeenAt, LastChangedAt) " +
                  "SELECT IntegrationId, SourceId || '|' || trim(UserPrincipalNames, ';'), SourceId, trim(UserPrincipalNames, ';'), CreatedAt, FirstSeenAt, LastChangedAt FROM IngestedAlerts");
            Console.WriteLine($"  {linked,9:N0} alert users");
            // One indicator per alert, from a campaign-sized pool (an attacker address named again and again), as the
            // alerts connector writes its sightings beside the alert.
            var indicators = await db.Database.ExecuteSqlRawAsync(postgreSql
                ? "INSERT INTO \"IngestedAlertIndicators\" (\"IntegrationId\", \"SourceId\", \"AlertId\", \"Kind\", \"Value\", \"Verdict\", \"CreatedAt\", \"FirstSeenAt\", \"LastChangedAt\") " +
                  "SELECT \"IntegrationId\", \"SourceId\" || '|ip', \"SourceId\", 'ip', '203.0.113.' || (abs(hashtext(\"SourceId\")) % 250), 'suspicious', \"CreatedAt\", \"FirstSeenAt\", \"LastChangedAt\" FROM \"IngestedAlerts\""
                : "INSERT INTO IngestedAlertIndicators (IntegrationId, SourceId, AlertId, Kind, Value, Verdict, CreatedAt, FirstSeenAt, LastChangedAt) " +
                  "SELECT IntegrationId, SourceId || '|ip', SourceId, 'ip', '203.0.113.' || (abs(random()) % 250), 'suspicious', CreatedAt, FirstSeenAt, LastChangedAt FROM IngestedAlerts");
            Console.WriteLine($"  {indicators,9:N0} indicator sightings");
        }
        // A year of daily score readings: the organisation's exposure, four machine groups' and the device secure score.
        string[] machineGroups = ["Servers", "Workstations", "Domain controllers", "UnassignedGroup"];
        await WriteAsync("defender scores", Enumerable.Range(0, 365).SelectMany(d =>
        {
            var day = now.Date.AddDays(-d);
            return new[] { (DefenderScoreRecord.Exposure, (string?)null), (DefenderScoreRecord.DeviceSecureScore, null) }
                .Concat(machineGroups.Select(g => (DefenderScoreRecord.Exposure, (string?)g)))
                .Select(k => new DefenderScoreRecord
                {
                    IntegrationId = IntegrationId, SourceId = DefenderScoreRecord.KeyOf(k.Item1, k.Item2, day), Kind = k.Item1, MachineGroup = k.Item2,
                    Score = 20 + random.NextDouble() * 50, Day = day, MeasuredAt = day.AddHours(6),
                });
        }));
        // A large estate's recommendations: two thousand, one in eight with an exception.
        await WriteAsync("security recommendations", Enumerable.Range(0, 2_000).Select(i => new SecurityRecommendationRecord
        {
            IntegrationId = IntegrationId, SourceId = $"va-_-vendor{i % 97}-_-product{i}", RecommendationName = $"Update product {i}", Category = "Application",
            RemediationType = "Update", Status = i % 8 == 0 ? "Exception" : "Active", ExposureImpact = random.NextDouble() * 3,
            ExposedMachinesCount = random.Next(1, 500), TotalMachineCount = 500, Weaknesses = random.Next(0, 200),
        }));
        // Defender Threat Intelligence's answer for every address of the pool, a quarter of them malicious with an article.
        var article = HostReputationRecord.WriteRules([new(HostReputationRule.IntelArticle, "Activity Snapshot: a benchmark campaign", "high", "https://ti.defender.microsoft.com/article/00000000")]);
        await WriteAsync("host reputations", Enumerable.Range(0, 250).Select(i => new HostReputationRecord
        {
            IntegrationId = IntegrationId, SourceId = $"203.0.113.{i}", Kind = AlertIndicatorRecord.Ip, Known = i % 50 != 0,
            Classification = i % 4 == 0 ? HostReputationClassifications.Malicious : i % 4 == 1 ? HostReputationClassifications.Suspicious : HostReputationClassifications.Neutral,
            Score = i % 4 == 0 ? 90 : 30, Rules = i % 4 == 0 ? article : null, ArticleCount = i % 4 == 0 ? 1 : 0, CheckedAt = now,
        }));
        // One incident per three alerts, as the alerts' incident ids say.
        await WriteAsync("incidents", Enumerable.Range(0, (Alerts + 2) / 3).Select(i =>
        {
            var created = At();
            var status = Pick(["active", "inProgress", "resolved", "resolved"]);
            return new IncidentRecord
            {
                IntegrationId = IntegrationId, SourceId = (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), DisplayName = $"Incident {i}",
                Severity = Pick(Severities), Status = status, AssignedTo = status == "active" ? null : "soc@bench.example",
                Classification = status == "resolved" ? "truePositive" : "unknown", Determination = status == "resolved" ? "malware" : "unknown",
                CreatedAt = created, LastUpdateAt = created.AddHours(1), IncidentWebUrl = $"https://security.microsoft.com/incidents/{1000 + i}",
            };
        }));
        await WriteAsync("machines", Enumerable.Range(0, Machines).Select(i => new MachineRecord
        {
            IntegrationId = IntegrationId, SourceId = MachineId(i), ComputerDnsName = $"host-{i}.bench.example", OsPlatform = Pick(["Windows11", "Windows10", "WindowsServer2022", "Linux", "macOS"]),
            HealthStatus = Pick(["Active", "Active", "Inactive"]), RiskScore = Pick(["None", "Low", "Medium", "High"]), ExposureLevel = Pick(["High", "Medium", "Low", "None"]),
            LastIpAddress = "10.0.0.1", FirstSeen = since, LastSeen = At(), LastSyncedAt = now,
        }));
        await WriteAsync("vulnerabilities", Enumerable.Range(0, Vulnerabilities).Select(i =>
        {
            var machine = i % Machines;
            var cve = random.Next(2_000);
            var cvss = 3 + cve % 70 / 10.0;
            return new VulnerabilityRecord
            {
                IntegrationId = IntegrationId, SourceId = $"{MachineId(machine)}_{i}", DeviceId = MachineId(machine), DeviceName = $"host-{machine}.bench.example",
                SoftwareVendor = "vendor", SoftwareName = $"app{cve % 50}", SoftwareVersion = "1.0", CveId = $"CVE-2024-{cve + 1000}", CvssScore = cvss,
                Severity = cvss >= 9 ? "Critical" : cvss >= 7 ? "High" : cvss >= 5.5 ? "Medium" : "Low", ExploitabilityLevel = Pick(["NoExploit", "ExploitIsPublic", "ExploitIsVerified"]),
                FirstSeen = since, LastSeen = now, LastSyncedAt = now,
            };
        }));
        await WriteAsync("activity events", Enumerable.Range(0, ActivityEvents).Select(i =>
        {
            var operation = Pick(Operations);
            return new ActivityLogRecord
            {
                IntegrationId = IntegrationId, SourceId = $"ev{i:x12}", SubscriptionId = $"sub-{i % 3}", EventTimestamp = At(), OperationName = operation,
                ResourceType = ActivityLogRecord.ResourceTypeOf(operation), Action = ActivityLogRecord.ActionOf(operation),
                Status = random.Next(100) < 5 ? "Failed" : "Succeeded", Level = "Informational", Caller = random.Next(4) == 0 ? Guid.Empty.ToString() : Upn(random.Next(200)),
                ResourceGroupName = $"rg-{i % 20}", ResourceId = $"/subscriptions/sub-{i % 3}/resourceGroups/rg-{i % 20}", CorrelationId = "c",
            };
        }));
        await WriteAsync("recommendations", Enumerable.Range(0, (int)Math.Max(100, 5_000 * scale)).Select(i => new RecommendationRecord
        {
            IntegrationId = IntegrationId, SourceId = $"rec{i}", SubscriptionId = $"sub-{i % 3}", DisplayName = $"Recommendation {i % 60}", StatusCode = Pick(["Healthy", "Unhealthy", "NotApplicable"]),
            Severity = Pick(["High", "Medium", "Low"]), ResourceId = $"/subscriptions/sub-{i % 3}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/s{i}",
            ResourceType = "Microsoft.Storage/storageAccounts", LastSyncedAt = now,
        }));
        await WriteAsync("compliance controls", Enumerable.Range(0, 600).Select(i => new ComplianceControlRecord
        {
            IntegrationId = IntegrationId, SourceId = $"ctl{i}", SubscriptionId = $"sub-{i % 3}", StandardName = $"Standard-{i % 6}", ControlName = $"{i / 6}",
            State = Pick(["Passed", "Failed", "Skipped"]), PassedAssessments = random.Next(5), FailedAssessments = random.Next(5), SkippedAssessments = 0, LastSyncedAt = now,
        }));
        await WriteAsync("compliance standards", Enumerable.Range(0, 18).Select(i => new ComplianceStandardRecord
        {
            IntegrationId = IntegrationId, SourceId = $"std{i}", SubscriptionId = $"sub-{i % 3}", Name = $"Standard-{i % 6}", State = "Failed",
            PassedControls = 20, FailedControls = 10, SkippedControls = 3, LastSyncedAt = now,
        }));
        await WriteAsync("secure score history", Enumerable.Range(0, 90).Select(i => new SecureScoreDayRecord
        {
            IntegrationId = IntegrationId, SourceId = $"sub-{i % 3}/{now.Date.AddDays(-(i / 3)):yyyy-MM-dd}", SubscriptionId = $"sub-{i % 3}", Day = now.Date.AddDays(-(i / 3)),
            Current = 30 + i % 7, Max = 50,
        }));
        await WriteAsync("secure scores", Enumerable.Range(0, 3).Select(i => new SecureScoreRecord
        {
            IntegrationId = IntegrationId, SourceId = $"score{i}", SubscriptionId = $"sub-{i}", Current = 33, Max = 50, Percentage = 0.66, LastSyncedAt = now,
        }));
        // Microsoft Secure Score: Microsoft's 90 days and a large tenant's ~200 control profiles.
        await WriteAsync("Microsoft Secure Score days", Enumerable.Range(0, 90).Select(i => new MicrosoftSecureScoreRecord
        {
            IntegrationId = IntegrationId, SourceId = $"tenant_{now.Date.AddDays(-i):yyyy-MM-dd}", CreatedAt = now.Date.AddDays(-i).AddHours(3),
            CurrentScore = 400 - i, MaxScore = 900, AllTenantsAverage = 380, LicensedUserCount = Users,
        }));
        await WriteAsync("Secure Score controls", Enumerable.Range(0, 200).Select(i => new SecureScoreControlRecord
        {
            IntegrationId = IntegrationId, SourceId = $"control{i}", Title = $"Control {i}", Service = $"Product {i % 8}", ControlCategory = "Identity",
            MaxScore = 1 + i % 10, Score = i % 3 == 0 ? 1 + i % 10 : i % 3, Rank = i, Remediation = "Turn it on.", ActionUrl = "https://security.microsoft.com/securescore",
            Deprecated = i % 50 == 0, LastSyncedAt = now,
        }));
        // Defender for Identity: a large forest's sensors (one per domain controller, a few AD FS and Entra Connect) and its
        // health issues over a year, most of them closed.
        await WriteAsync("Defender for Identity sensors", Enumerable.Range(0, 60).Select(i => new IdentitySensorRecord
        {
            IntegrationId = IntegrationId, SourceId = $"sensor{i}", DisplayName = $"DC{i}", DomainName = "bench.local", SensorType = "domainControllerIntegrated",
            Version = "2.239.18124.58593", DeploymentStatus = i % 20 == 0 ? "disconnected" : "upToDate", HealthStatus = i % 20 == 0 ? "notHealthyHigh" : "healthy",
            ServiceStatus = i % 20 == 0 ? "stopped" : "running", OpenHealthIssuesCount = i % 20 == 0 ? 1 : 0, DomainControllerDnsNames = $"DC{i}.bench.local", LastSyncedAt = now,
        }));
        await WriteAsync("Defender for Identity health issues", Enumerable.Range(0, 400).Select(i => new IdentityHealthIssueRecord
        {
            IntegrationId = IntegrationId, SourceId = $"issue{i}", DisplayName = $"Health issue {i % 40}", Description = "Something is not configured as required.",
            HealthIssueType = i % 3 == 0 ? "global" : "sensor", Severity = Pick(["low", "medium", "high"]), Status = i % 25 == 0 ? "open" : "closed",
            CreatedAt = now.AddDays(-(i % 365)), SensorDnsNames = $"DC{i % 60}.bench.local", Recommendations = "Configure it as Microsoft describes.", LastSyncedAt = now,
        }));
        Console.WriteLine($"loaded in {clock.Elapsed.TotalSeconds:F0} s");

        // Ingestion marks the hours it writes and counts them again after each run; loaded directly, every hour is marked here.
        clock.Restart();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            foreach (var metric in new[] { StreamCatalog.SignIns, StreamCatalog.Alerts, StreamCatalog.ActivityLogs })
            {
                for (var hour = HomeBase.Core.Dashboards.Rollups.RollupMetric.HourOf(since); hour <= now; hour = hour.AddHours(1))
                {
                    db.RollupDirtyHours.Add(new HomeBase.Core.Dashboards.Rollups.RollupDirtyHour { IntegrationId = IntegrationId, Metric = metric, Hour = hour });
                }
            }
            await db.SaveChangesAsync();
        }
        await rollups.RefreshAsync();
        Console.WriteLine($"hourly rollups built in {clock.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>Writes records in batches of 10,000, one transaction each, without change tracking's overhead between batches.</summary>
    private async Task WriteAsync<T>(string what, IEnumerable<T> records) where T : IngestedRecord
    {
        var clock = Stopwatch.StartNew();
        var count = 0;
        foreach (var batch in records.Chunk(10_000))
        {
            await using var db = await contexts.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var record in batch)
            {
                record.FirstSeenAt = now.AddDays(-30);
                record.LastChangedAt = now.AddDays(-30);
            }
            db.AddRange(batch);
            await db.SaveChangesAsync();
            count += batch.Length;
        }
        Console.WriteLine($"  {count,9:N0} {what} ({clock.Elapsed.TotalSeconds:F1} s)");
    }
}
