using System.Text.Json.Nodes;

namespace HomeBase.Sandbox.Data;

// Defender for Identity: a sensor on each domain controller, one on AD FS and one on Entra Connect; one domain controller's
// sensor stopped (the health issue says how to start it again), one is a version behind; and five health issues, three
// of them open, one closed and one suppressed.
public sealed partial class TenantData
{
    internal sealed record IdentitySensor(string Id, string Name, string Type, string Deployment, string Health, string Service)
    {
        public bool HasProblem => Health != "healthy" || Service != "running" || Deployment is "updateFailed" or "notConfigured" or "unreachable" or "disconnected" or "startFailure";
    }

    internal sealed record IdentityHealthIssue(string Id, string Name, string Description, string Type, string IssueTypeId, string Severity, string Status,
        int CreatedDaysAgo, int ModifiedDaysAgo, string[] Sensors, string[] Recommendations, string[] Commands);

    /// <summary>The on-premises Active Directory domain the sensors watch.</summary>
    internal string OnPremisesDomain => Domain.Split('.')[0] + ".local";

    internal IReadOnlyList<IdentitySensor> IdentitySensors()
    {
        var domainControllers = 2 + (int)(H("mdi:dcs", 0) % 3);
        var sensors = new List<IdentitySensor>();
        for (var i = 0; i < domainControllers; i++)
        {
            var (deployment, health, service) = i switch
            {
                1 => ("disconnected", "notHealthyHigh", "stopped"),
                2 => ("outdated", "notHealthyLow", "running"),
                _ => ("upToDate", "healthy", "running"),
            };
            sensors.Add(new(G("mdi:sensor", i).ToString(), $"DC{i + 1}", "domainControllerIntegrated", deployment, health, service));
        }
        sensors.Add(new(G("mdi:sensor", 100).ToString(), "ADFS01", "adfsIntegrated", "upToDate", "healthy", "running"));
        sensors.Add(new(G("mdi:sensor", 101).ToString(), "AADCONNECT01", "adConnectIntegrated", "upToDate", "healthy", "running"));
        return sensors;
    }

    internal string SensorDnsName(IdentitySensor sensor) => $"{sensor.Name}.{OnPremisesDomain}";

    internal IReadOnlyList<IdentityHealthIssue> IdentityHealthIssues()
    {
        var sensors = IdentitySensors();
        var controllers = sensors.Where(s => s.Type == "domainControllerIntegrated").Select(SensorDnsName).ToArray();
        var stopped = sensors.First(s => s.Service == "stopped");
        var outdated = sensors.FirstOrDefault(s => s.Deployment == "outdated");
        var issues = new List<IdentityHealthIssue>
        {
            new(G("mdi:health", 0).ToString(), "Directory Services Object Auditing is not configured as required",
                $"Directory Services Object Auditing is not configured as required on {OnPremisesDomain}", "global", "1031", "medium", "open", 20, 20, controllers,
                ["Please configure the Directory Services Object Auditing events according to the guidance as described in https://aka.ms/mdi/objectauditing"],
                ["Import-Module DefenderForIdentity", $"Set-MDIConfiguration -Mode Domain -Configuration DomainObjectAuditing -Identity {OnPremisesDomain}"]),
            new(G("mdi:health", 1).ToString(), "Sensor stopped communicating",
                $"There has been no communication from the sensor on {SensorDnsName(stopped)} for more than 2 hours.", "sensor", "1003", "high", "open", 2, 2,
                [SensorDnsName(stopped)],
                [$"Check that the Azure Advanced Threat Protection Sensor service is running on {SensorDnsName(stopped)}, and that the server can reach the Defender for Identity cloud service."],
                ["Start-Service -Name AATPSensor"]),
            new(G("mdi:health", 3).ToString(), "Power mode is not configured for optimal processor performance",
                "The power option of the sensor's server is not set to high performance.", "sensor", "1045", "low", "closed", 40, 12, [controllers[0]],
                ["Set the power option of the server to High Performance."], ["powercfg.exe /setactive 8c5e7fda-e8bf-4a96-9a85-a6e23a8c635c"]),
            new(G("mdi:health", 4).ToString(), "NTLM Auditing is not enabled",
                "NTLM events 8004 are not collected on the domain controller.", "sensor", "1012", "low", "suppressed", 30, 25, [controllers[0]],
                ["Enable NTLM auditing as described in https://aka.ms/mdi/ntlmauditing"], []),
        };
        if (outdated is not null)
        {
            issues.Insert(2, new(G("mdi:health", 2).ToString(), "Sensor outdated",
                $"The sensor on {SensorDnsName(outdated)} is running a version that is behind the current one.", "sensor", "1008", "medium", "open", 5, 5,
                [SensorDnsName(outdated)], ["Allow the sensor to update automatically, or update it to the latest version by hand."], []));
        }
        return issues;
    }

    internal IReadOnlyList<JsonObject> IdentitySensorsJson()
    {
        var issues = IdentityHealthIssues();
        return [.. IdentitySensors().Select(s => new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.security.sensor",
            ["id"] = s.Id,
            ["displayName"] = s.Name,
            ["sensorType"] = s.Type,
            ["version"] = s.Deployment == "outdated" ? "2.238.18009.31552" : "2.239.18124.58593",
            ["deploymentStatus"] = s.Deployment,
            ["createdDateTime"] = Iso(Start.AddDays(-200)),
            ["domainName"] = OnPremisesDomain,
            ["healthStatus"] = s.Health,
            ["serviceStatus"] = s.Service,
            ["openHealthIssuesCount"] = issues.LongCount(h => h.Status == "open" && h.Type == "sensor" && h.Sensors.Contains(SensorDnsName(s))),
            ["settings"] = new JsonObject
            {
                ["@odata.type"] = "microsoft.graph.security.sensorSettings",
                ["description"] = $"{s.Name.ToLowerInvariant()} settings",
                ["domainControllerDnsNames"] = s.Type == "domainControllerIntegrated" ? Strings(SensorDnsName(s)) : Strings(),
                ["isDelayedDeploymentEnabled"] = true,
            },
        })];
    }

    internal IReadOnlyList<JsonObject> IdentityHealthIssuesJson() =>
    [
        .. IdentityHealthIssues().Select(h => new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.security.healthIssue",
            ["additionalInformation"] = Strings(),
            ["createdDateTime"] = Iso(Start.AddDays(-h.CreatedDaysAgo)),
            ["description"] = h.Description,
            ["displayName"] = h.Name,
            ["domainNames"] = Strings(OnPremisesDomain),
            ["healthIssueType"] = h.Type,
            ["id"] = h.Id,
            ["issueTypeId"] = h.IssueTypeId,
            ["lastModifiedDateTime"] = Iso(Start.AddDays(-h.ModifiedDaysAgo)),
            ["recommendations"] = Strings(h.Recommendations),
            ["recommendedActionCommands"] = Strings(h.Commands),
            ["sensorDNSNames"] = Strings(h.Sensors),
            ["severity"] = h.Severity,
            ["status"] = h.Status,
        }),
    ];
}
