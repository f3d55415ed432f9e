using System.Text.Json.Nodes;

namespace HomeBase.Sandbox.Data;

// Alerts (Graph alerts_v2 and the Defender for Endpoint API), machines and vulnerabilities.
public sealed partial class TenantData
{
    private sealed record AlertKind(string Source, string Detection, string Title, string Category, string[] Techniques, string[]? MoreCategories = null)
    {
        /// <summary>What alerts_v2 sends in <c>categories</c>: the main category first.</summary>
        public string[] Categories => [Category, .. MoreCategories ?? []];
    }

    private static readonly AlertKind[] EndpointAlerts =
    [
        new("microsoftDefenderForEndpoint", "microsoftDefenderForEndpoint", "Suspicious PowerShell command line", "Execution", ["T1059.001"]),
        new("microsoftDefenderForEndpoint", "antivirus", "'Emotet' malware was detected", "Malware", ["T1204.002"]),
        new("microsoftDefenderForEndpoint", "microsoftDefenderForEndpoint", "Credential dumping activity observed (Mimikatz)", "CredentialAccess", ["T1003.001"]),
        new("microsoftDefenderForEndpoint", "microsoftDefenderForEndpoint", "Suspicious process injection observed", "DefenseEvasion", ["T1055"]),
        new("microsoftDefenderForEndpoint", "microsoftDefenderForEndpoint", "Ransomware behavior detected in the file system", "Ransomware", ["T1486"]),
        new("microsoftDefenderForEndpoint", "microsoftDefenderForEndpoint", "Suspicious remote WMI execution", "LateralMovement", ["T1047", "T1021.006"]),
    ];

    private static readonly AlertKind[] IdentityAlerts =
    [
        new("microsoftDefenderForIdentity", "microsoftDefenderForIdentity", "Suspected identity theft (pass-the-hash)", "LateralMovement", ["T1550.002"], ["CredentialAccess"]),
        new("microsoftDefenderForIdentity", "microsoftDefenderForIdentity", "Suspected overpass-the-hash attack (Kerberos)", "LateralMovement", ["T1550.003"]),
        new("microsoftDefenderForIdentity", "microsoftDefenderForIdentity", "Suspected DCSync attack (replication of directory services)", "CredentialAccess", ["T1003.006"]),
        new("microsoftDefenderForIdentity", "microsoftDefenderForIdentity", "Suspected brute-force attack (LDAP)", "CredentialAccess", ["T1110"]),
        new("microsoftDefenderForIdentity", "microsoftDefenderForIdentity", "Suspected Golden Ticket usage (encryption downgrade)", "CredentialAccess", ["T1558.001"]),
        new("microsoftDefenderForIdentity", "microsoftDefenderForIdentity", "Remote code execution attempt", "Execution", ["T1569.002"]),
    ];

    private static readonly AlertKind[] OtherAlerts =
    [
        new("azureAdIdentityProtection", "azureAdIdentityProtection", "Unfamiliar sign-in properties", "InitialAccess", ["T1078"]),
        new("microsoftDefenderForOffice365", "microsoftDefenderForOffice365", "Email messages containing malicious URL removed after delivery", "InitialAccess", ["T1566.002"]),
        // Sources after unknownFutureValue in Microsoft's enum: sent as such only to a caller that asks with Prefer.
        new("microsoftDefenderForCloud", "microsoftDefenderForCloud", "Suspicious authentication activity on a virtual machine", "CredentialAccess", ["T1110"]),
        new("dataLossPrevention", "microsoftDataLossPrevention", "DLP policy match for a document with credit card numbers", "Exfiltration", ["T1567"]),
        new("microsoftSentinel", "scheduledAlerts", "Rare subscription-level operations in Azure", "Persistence", ["T1098"]),
    ];

    /// <summary>The serviceSource members Microsoft added after <c>unknownFutureValue</c> (docs/microsoft-apis.md §3.1).</summary>
    internal static readonly string[] EvolvableSources =
        ["microsoftDefenderForCloud", "microsoftSentinel", "microsoftInsiderRiskManagement", "microsoftThreatIntelligence", "microsoftSecurityForAI"];

    /// <summary>The detectionSource members after <c>unknownFutureValue</c> that the sandbox sends.</summary>
    internal static readonly string[] EvolvableDetectionSources = ["microsoftDefenderForCloud", "microsoftDataLossPrevention", "scheduledAlerts"];

    private static readonly TimeSpan AlertTriaged = TimeSpan.FromHours(1);
    private static readonly TimeSpan AlertResolved = TimeSpan.FromHours(3);

    /// <summary>How long after creation an alert can still change: updated alerts are found by lastUpdateDateTime.</summary>
    internal static TimeSpan AlertUpdateHorizon => AlertResolved;

    private AlertKind AlertKindOf(long index)
    {
        var roll = H("alert:source", index) % 100;
        return roll < 55 ? Det.Pick(EndpointAlerts, H("alert:kind", index))
            : roll < 80 ? Det.Pick(IdentityAlerts, H("alert:kind", index))
            : Det.Pick(OtherAlerts, H("alert:kind", index));
    }

    internal bool IsEndpointAlert(long index) => AlertKindOf(index).Source == "microsoftDefenderForEndpoint";

    internal bool IsIdentityAlert(long index) => AlertKindOf(index).Source == "microsoftDefenderForIdentity";

    /// <summary>Whether the tenant has the product that raises the alert: no Defender for Endpoint or Identity, none of its alerts.</summary>
    internal bool AlertLicensed(long index) =>
        (tenant.HasDefenderForEndpoint || !IsEndpointAlert(index)) && (tenant.HasDefenderForIdentity || !IsIdentityAlert(index));

    internal string AlertSource(long index) => AlertKindOf(index).Source;

    internal IReadOnlyList<string> AlertCategories(long index) => AlertKindOf(index).Categories;

    /// <summary>One alert in six is an older one that carries only the deprecated single <c>category</c>.</summary>
    internal bool AlertHasOnlyCategory(long index) => H("alert:legacy", index) % 6 == 0;

    /// <summary>
    /// How the alert's user evidence names the person: most alerts by UPN and object id; Defender for Identity's
    /// on-premises accounts by object id and SAM name without a UPN; a local account by SAM name alone.
    /// </summary>
    internal AlertUserNaming AlertUserNamingOf(long index) => (H("alert:naming", index) % 10) switch
    {
        < 7 => AlertUserNaming.UpnAndId,
        < 9 => AlertUserNaming.IdAndAccount,
        _ => AlertUserNaming.AccountOnly,
    };

    /// <summary>The person an alert names (a base user's index).</summary>
    internal int AlertUser(long index) => Det.Int(H("alert:user", index), BaseUserCount);

    /// <summary>
    /// The alert's status and last change as seen at <paramref name="now"/>: new, triaged after an hour, resolved after three
    /// when the SOC closed its incident (one incident in five: closing an incident resolves all its alerts).
    /// </summary>
    internal (string Status, DateTimeOffset LastUpdate, DateTimeOffset? Resolved) AlertState(long index, DateTimeOffset now)
    {
        var created = Alerts.TimeOf(index);
        var lifecycle = H("alert:lifecycle", index) % 8;
        if (H("incident:closed", IncidentOf(index)) % 5 == 0 && created + AlertResolved <= now) return ("resolved", created + AlertResolved, created + AlertResolved);
        if (lifecycle % 2 == 0 && created + AlertTriaged <= now) return ("inProgress", created + AlertTriaged, null);
        return ("new", created, null);
    }

    internal string AlertSeverity(long index) => Det.Pick(["informational", "low", "medium", "medium", "high", "high"], H("alert:severity", index));

    /// <summary>How a resolved alert was judged.</summary>
    internal string AlertClassification(long index) => Det.Chance(H("alert:classification", index), 70) ? "truePositive" : "falsePositive";

    internal JsonObject GraphAlert(long index, DateTimeOffset now, bool includeUnknownEnumMembers = true)
    {
        var kind = AlertKindOf(index);
        var created = Alerts.TimeOf(index);
        var (status, lastUpdate, resolved) = AlertState(index, now);
        var user = AlertUser(index);
        var (userName, upn) = UserName(user);
        var naming = AlertUserNamingOf(index);
        var account = naming == AlertUserNaming.AccountOnly ? "svc-backup" : upn.Split('@')[0];
        string Evolvable(string value, string[] evolvable) => includeUnknownEnumMembers || !evolvable.Contains(value) ? value : "unknownFutureValue";
        var machine = MachineCount > 0 ? Det.Int(H("alert:machine", index), MachineCount) : -1;
        var id = $"da{Det.Hex(Seed, "alert", index, 30)}";
        var evidence = new JsonArray
        {
            new JsonObject
            {
                ["@odata.type"] = "#microsoft.graph.security.userEvidence",
                ["createdDateTime"] = Iso(created),
                ["verdict"] = "suspicious",
                ["remediationStatus"] = "none",
                ["roles"] = Strings(),
                ["userAccount"] = new JsonObject
                {
                    ["accountName"] = account,
                    ["domainName"] = naming == AlertUserNaming.UpnAndId ? Domain : Domain.Split('.')[0].ToUpperInvariant(),
                    ["userPrincipalName"] = naming == AlertUserNaming.UpnAndId ? upn : null,
                    ["azureAdUserId"] = naming == AlertUserNaming.AccountOnly ? null : UserId(user).ToString(),
                    ["displayName"] = naming == AlertUserNaming.AccountOnly ? account : userName,
                    ["userSid"] = $"S-1-5-21-{Det.Int(H("alert:sid", user), 999_999_999)}-{1000 + user}",
                },
            },
        };
        if (machine >= 0 && kind.Source != "microsoftDefenderForOffice365")
        {
            evidence.Add(new JsonObject
            {
                ["@odata.type"] = "#microsoft.graph.security.deviceEvidence",
                ["createdDateTime"] = Iso(created),
                ["verdict"] = "malicious",
                ["remediationStatus"] = status == "resolved" ? "remediated" : "none",
                ["roles"] = Strings(),
                ["mdeDeviceId"] = MachineId(machine),
                ["deviceDnsName"] = MachineName(machine),
                ["azureAdDeviceId"] = G("machine:aad", machine).ToString(),
            });
        }
        if (kind.Source == "microsoftDefenderForIdentity")
        {
            // The domain controller whose traffic the sensor saw: Defender for Identity names it, and it is seldom onboarded
            // to Defender for Endpoint, so it has no mdeDeviceId.
            var controllers = IdentitySensors().Where(s => s.Type == "domainControllerIntegrated").ToList();
            evidence.Add(new JsonObject
            {
                ["@odata.type"] = "#microsoft.graph.security.deviceEvidence",
                ["createdDateTime"] = Iso(created),
                ["verdict"] = "suspicious",
                ["remediationStatus"] = "none",
                ["roles"] = Strings("attacked"),
                ["mdeDeviceId"] = null,
                ["deviceDnsName"] = SensorDnsName(Det.Pick(controllers, H("alert:dc", index))),
                ["osPlatform"] = "WindowsServer2022",
            });
        }
        foreach (var indicator in IndicatorEvidence(index, created)) evidence.Add(indicator);
        var alert = new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.security.alert",
            ["id"] = id,
            ["providerAlertId"] = id[2..],
            ["incidentId"] = (1000 + index / 3).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["status"] = status,
            ["severity"] = AlertSeverity(index),
            ["classification"] = resolved is null ? null : AlertClassification(index),
            ["determination"] = resolved is null ? null : "malware",
            ["serviceSource"] = Evolvable(kind.Source, EvolvableSources),
            ["detectionSource"] = Evolvable(kind.Detection, EvolvableDetectionSources),
            ["detectorId"] = G("alert:detector:" + kind.Title, 0).ToString(),
            ["tenantId"] = TenantId.ToString(),
            ["title"] = kind.Title,
            ["description"] = $"{kind.Title} involving {userName}.",
            ["recommendedActions"] = "Review the activity, isolate the device if needed and reset the user's credentials.",
            ["category"] = kind.Category,
            ["categories"] = Strings(kind.Categories),
            ["assignedTo"] = status == "new" ? null : "soc@" + Domain,
            ["alertWebUrl"] = $"https://security.microsoft.com/alerts/{id}?tid={TenantId}",
            ["incidentWebUrl"] = $"https://security.microsoft.com/incidents/{1000 + index / 3}?tid={TenantId}",
            ["actorDisplayName"] = null,
            ["threatDisplayName"] = kind.Category == "Malware" ? "Emotet" : null,
            ["threatFamilyName"] = kind.Category == "Malware" ? "Emotet" : null,
            ["mitreTechniques"] = Strings(kind.Techniques),
            ["createdDateTime"] = Iso(created),
            ["lastUpdateDateTime"] = Iso(lastUpdate),
            ["resolvedDateTime"] = resolved is { } r ? Iso(r) : null,
            ["firstActivityDateTime"] = Iso(created.AddMinutes(-5)),
            ["lastActivityDateTime"] = Iso(created.AddMinutes(-1)),
            ["comments"] = Array(),
            ["systemTags"] = Strings(),
            ["evidence"] = evidence,
        };
        if (AlertHasOnlyCategory(index)) alert.Remove("categories");
        return alert;
    }

    /// <summary>The same alert as the Defender for Endpoint API shows it: PascalCase enums, machine fields.</summary>
    internal JsonObject DefenderAlert(long index, DateTimeOffset now)
    {
        var graph = GraphAlert(index, now);
        var machine = MachineCount > 0 ? Det.Int(H("alert:machine", index), MachineCount) : 0;
        var upn = UserName(AlertUser(index)).Upn;
        static string Pascal(string? value) => string.IsNullOrEmpty(value) ? "" : char.ToUpperInvariant(value[0]) + value[1..];
        return new JsonObject
        {
            ["id"] = graph["providerAlertId"]!.GetValue<string>(),
            ["incidentId"] = long.Parse(graph["incidentId"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
            ["investigationId"] = null,
            ["assignedTo"] = graph["assignedTo"]?.DeepClone(),
            ["severity"] = Pascal(graph["severity"]!.GetValue<string>()),
            ["status"] = Pascal(graph["status"]!.GetValue<string>()),
            ["classification"] = graph["classification"] is { } c ? Pascal(c.GetValue<string>()) : null,
            ["determination"] = graph["determination"] is { } d ? Pascal(d.GetValue<string>()) : null,
            ["investigationState"] = "Unsupported",
            ["detectionSource"] = graph["detectionSource"]!.GetValue<string>() == "antivirus" ? "WindowsDefenderAv" : "WindowsDefenderAtp",
            ["detectorId"] = graph["detectorId"]!.DeepClone(),
            ["category"] = graph["category"]!.DeepClone(),
            ["threatFamilyName"] = graph["threatFamilyName"]?.DeepClone(),
            ["title"] = graph["title"]!.DeepClone(),
            ["description"] = graph["description"]!.DeepClone(),
            ["alertCreationTime"] = graph["createdDateTime"]!.DeepClone(),
            ["firstEventTime"] = graph["firstActivityDateTime"]!.DeepClone(),
            ["lastEventTime"] = graph["lastActivityDateTime"]!.DeepClone(),
            ["lastUpdateTime"] = graph["lastUpdateDateTime"]!.DeepClone(),
            ["resolvedTime"] = graph["resolvedDateTime"]?.DeepClone(),
            ["machineId"] = MachineId(machine),
            ["computerDnsName"] = MachineName(machine),
            ["rbacGroupName"] = "UnassignedGroup",
            ["aadTenantId"] = TenantId.ToString(),
            ["mitreTechniques"] = graph["mitreTechniques"]!.DeepClone(),
            ["relatedUser"] = new JsonObject { ["userName"] = upn.Split('@')[0], ["domainName"] = Domain.Split('.')[0].ToUpperInvariant() },
            ["comments"] = Array(),
        };
    }

    internal string MachineId(int index) => Det.Hex(Seed, "machine", index, 40);

    internal string MachineName(int index) =>
        $"{Det.Pick(["desktop", "laptop", "srv", "dc", "web"], H("machine:role", index))}-{index:0000}.{Domain.Split('.')[0]}.local";

    internal DateTimeOffset MachineLastSeen(int index) => Start.AddMinutes(-Det.Int(H("machine:lastSeen", index), 60 * 24 * 10));

    /// <summary>
    /// Whether Defender onboarded the device or only discovered it on the network: about one in seven is
    /// discovered (<c>CanBeOnboarded</c>, <c>Unsupported</c> or <c>InsufficientInfo</c>), with no exposure and no findings.
    /// </summary>
    internal string MachineOnboarding(int index) => (H("machine:onboarding", index) % 20) switch
    {
        0 => "CanBeOnboarded",
        1 => "Unsupported",
        2 => "InsufficientInfo",
        _ => "Onboarded",
    };

    internal bool MachineOnboarded(int index) => MachineOnboarding(index) == "Onboarded";

    internal string MachineExposure(int index) =>
        MachineOnboarded(index) ? Det.Pick(["Low", "Low", "Medium", "Medium", "High", "None"], H("machine:exposure", index)) : "None";

    internal JsonObject Machine(int index)
    {
        var role = MachineName(index).Split('-')[0];
        var os = role is "srv" or "dc" or "web" ? Det.Pick(["WindowsServer2019", "WindowsServer2022", "Linux"], H("machine:os", index))
            : Det.Pick(["Windows11", "Windows10", "Windows11", "macOS"], H("machine:os", index));
        var exposure = MachineExposure(index);
        var onboarded = MachineOnboarded(index);
        return new JsonObject
        {
            ["id"] = MachineId(index),
            ["computerDnsName"] = MachineName(index),
            ["firstSeen"] = Iso(Origin.AddDays(-Det.Int(H("machine:firstSeen", index), 400))),
            ["lastSeen"] = Iso(MachineLastSeen(index)),
            ["osPlatform"] = os,
            ["version"] = os.StartsWith("Windows11", StringComparison.Ordinal) ? "23H2" : os == "Windows10" ? "22H2" : "",
            ["osProcessor"] = "x64",
            ["osBuild"] = 22631 + Det.Int(H("machine:build", index), 40),
            ["lastIpAddress"] = $"10.{Det.Int(H("machine:ip", index), 255)}.{Det.Int(H("machine:ip", index, 1), 255)}.{Det.Int(H("machine:ip", index, 2), 254) + 1}",
            ["lastExternalIpAddress"] = $"20.{Det.Int(H("machine:eip", index), 200)}.{Det.Int(H("machine:eip", index, 1), 255)}.{Det.Int(H("machine:eip", index, 2), 255)}",
            ["healthStatus"] = Start - MachineLastSeen(index) > TimeSpan.FromDays(7) ? "Inactive" : Det.Chance(H("machine:health", index), 5) ? "ImpairedCommunication" : "Active",
            ["onboardingStatus"] = MachineOnboarding(index),
            ["rbacGroupId"] = 0,
            ["rbacGroupName"] = "UnassignedGroup",
            ["riskScore"] = onboarded ? Det.Pick(["None", "Informational", "Low", "Medium", "High"], H("machine:risk", index)) : "None",
            ["exposureLevel"] = exposure,
            ["isAadJoined"] = true,
            ["aadDeviceId"] = G("machine:aad", index).ToString(),
            ["machineTags"] = Strings(role is "dc" ? ["Tier0"] : []),
            ["deviceValue"] = role is "dc" ? "High" : "Normal",
        };
    }

    /// <summary>Vulnerability findings of one machine: 0 to 8, fixed per machine; none on a device that is only discovered.</summary>
    internal int VulnerabilityCount(int machine) => MachineOnboarded(machine) ? Det.Int(H("machine:vulnerabilities", machine), 9) : 0;

    /// <summary>Installed software without a known vulnerability: the export lists it too, with <c>cveId</c> null.</summary>
    internal int InstalledSoftwareCount(int machine) => MachineOnboarded(machine) ? 1 + Det.Int(H("machine:software", machine), 3) : 0;

    /// <summary>The rows the export lists for a machine: its findings, then its software without a CVE.</summary>
    internal int ExportRowCount(int machine) => VulnerabilityCount(machine) + InstalledSoftwareCount(machine);

    internal JsonObject ExportRow(int machine, int row) =>
        row < VulnerabilityCount(machine) ? Vulnerability(machine, row) : InstalledSoftware(machine, row - VulnerabilityCount(machine));

    private JsonObject InstalledSoftware(int machine, int index)
    {
        var row = Vulnerability(machine, 100 + index);
        var (vendor, name) = (row["softwareVendor"]!.GetValue<string>(), row["softwareName"]!.GetValue<string>());
        row["id"] = $"{MachineId(machine)}_{vendor}_{name}_{row["softwareVersion"]!.GetValue<string>()}";
        row["cveId"] = null;
        row["cvssScore"] = null;
        row["vulnerabilitySeverityLevel"] = null;
        row["exploitabilityLevel"] = null;
        row["recommendedSecurityUpdate"] = null;
        row["securityUpdateAvailable"] = false;
        return row;
    }

    internal JsonObject Vulnerability(int machine, int finding)
    {
        var software = Det.Pick(Vocabulary.Software, H("vulnerability:software", machine, finding));
        var (vendor, name) = (software.Split(':')[0], software.Split(':')[1]);
        var cveHash = H("vulnerability:cve:" + software, finding % 5);
        var cvss = 4.0 + Det.Int(cveHash, 61) / 10.0;
        var firstSeen = Origin.AddDays(-Det.Int(H("vulnerability:first", machine, finding), 120));
        var fmt = "yyyy-MM-dd HH:mm:ss";
        return new JsonObject
        {
            ["id"] = $"{MachineId(machine)}_{vendor}_{name}_{finding}",
            ["deviceId"] = MachineId(machine),
            ["deviceName"] = MachineName(machine),
            ["rbacGroupName"] = "UnassignedGroup",
            ["osPlatform"] = Machine(machine)["osPlatform"]!.GetValue<string>(),
            ["osVersion"] = "10.0",
            ["osArchitecture"] = "x64",
            ["softwareVendor"] = vendor,
            ["softwareName"] = name,
            ["softwareVersion"] = $"{1 + Det.Int(cveHash, 20)}.{Det.Int(cveHash >> 8, 10)}.{Det.Int(cveHash >> 16, 100)}",
            ["cveId"] = $"CVE-{2021 + Det.Int(cveHash, 4)}-{1000 + Det.Int(cveHash >> 20, 48000)}",
            ["cvssScore"] = cvss,
            ["vulnerabilitySeverityLevel"] = cvss >= 9 ? "Critical" : cvss >= 7 ? "High" : cvss >= 5.5 ? "Medium" : "Low",
            ["exploitabilityLevel"] = Det.Pick(["NoExploit", "NoExploit", "ExploitIsPublic", "ExploitIsVerified", "ExploitIsInKit"], cveHash >> 24),
            ["recommendedSecurityUpdate"] = $"Update {name}",
            ["recommendedSecurityUpdateId"] = null,
            ["securityUpdateAvailable"] = true,
            ["diskPaths"] = Strings($"C:\\Program Files\\{vendor}\\{name}\\{name}.exe"),
            ["registryPaths"] = Strings(),
            ["firstSeenTimestamp"] = firstSeen.UtcDateTime.ToString(fmt, System.Globalization.CultureInfo.InvariantCulture),
            ["lastSeenTimestamp"] = MachineLastSeen(machine).UtcDateTime.ToString(fmt, System.Globalization.CultureInfo.InvariantCulture),
            ["recommendationReference"] = $"va-_-{vendor}-_-{name}",
        };
    }
}
