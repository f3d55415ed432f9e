using System.Globalization;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Platform.Clouds;

namespace HomeBase.Core.Integrations.Verification;

/// <summary>The cheapest documented request that proves a stream can be read.</summary>
internal static class StreamProbes
{
    /// <summary>Streams in Graph's Identity Protection / Conditional Access family: 1 request per second per tenant, no Retry-After.</summary>
    public static readonly IReadOnlySet<string> OnePerSecond = new HashSet<string>
    {
        StreamCatalog.RiskyUsers, StreamCatalog.RiskDetections, StreamCatalog.ConditionalAccess,
    };

    public const string ReputationProbeHost = "microsoft.com";

    public static string Path(string stream, string? subscriptionId, DateTimeOffset now) => stream switch
    {
        StreamCatalog.Users => "users?$top=1&$select=id",
        StreamCatalog.Groups => "groups/delta?$deltatoken=latest",
        // The list documents $filter, $expand and $select but not $top: the Global Administrators are a short answer.
        StreamCatalog.RoleAssignments => "roleManagement/directory/roleAssignments?$filter="
            + Uri.EscapeDataString($"roleDefinitionId eq '{RoleAssignmentRecord.GlobalAdministratorTemplateId}'"),
        // The list documents $select, $filter and $expand, not $top: its ids are the short answer.
        StreamCatalog.RoleEligibility => "roleManagement/directory/roleEligibilityScheduleInstances?$select=id",
        // The report documents $filter and $orderBy only: its first page is the probe.
        StreamCatalog.MfaRegistration => "reports/authenticationMethods/userRegistrationDetails",
        StreamCatalog.SignInActivity => "users?$top=1&$select=id,signInActivity",
        StreamCatalog.SignIns => "auditLogs/signIns?$top=1",
        StreamCatalog.ConditionalAccess => "identity/conditionalAccess/policies?$top=1",
        StreamCatalog.DirectoryAudits => "auditLogs/directoryAudits?$top=1",
        StreamCatalog.RiskyUsers => "identityProtection/riskyUsers?$top=1",
        StreamCatalog.RiskDetections => "identityProtection/riskDetections?$top=1",
        StreamCatalog.Alerts => "security/alerts_v2?$top=1",
        // Microsoft's own example asks for the newest day with $top=1.
        StreamCatalog.MicrosoftSecureScore => "security/secureScores?$top=1",
        StreamCatalog.Incidents => "security/incidents?$top=1",
        StreamCatalog.IdentitySensors => "security/identities/sensors?$top=1",
        StreamCatalog.IdentityHealthIssues => "security/identities/healthIssues?$top=1",
        // No list to take one item of: the reputation of a host Defender Threat Intelligence certainly knows.
        StreamCatalog.ThreatIntelligence => $"security/threatIntelligence/hosts/{ReputationProbeHost}/reputation",
        StreamCatalog.Machines => "api/machines?$top=1",
        // A single entity: no query option to make it cheaper.
        StreamCatalog.DefenderScores => "api/exposureScore",
        StreamCatalog.SecurityRecommendations => "api/recommendations?$top=1",
        StreamCatalog.Vulnerabilities => "api/machines/SoftwareVulnerabilitiesByMachine?pageSize=1&$top=1",
        StreamCatalog.ActivityLogs => $"subscriptions/{subscriptionId}/providers/Microsoft.Insights/eventtypes/management/values?api-version=2015-04-01&$filter="
            + Uri.EscapeDataString($"eventTimestamp ge '{Iso(now.AddHours(-1))}' and eventTimestamp le '{Iso(now)}'"),
        StreamCatalog.Recommendations => $"subscriptions/{subscriptionId}/providers/Microsoft.Security/assessments?api-version=2021-06-01",
        StreamCatalog.Compliance => $"subscriptions/{subscriptionId}/providers/Microsoft.Security/regulatoryComplianceStandards?api-version=2019-01-01-preview",
        StreamCatalog.SecureScore => $"subscriptions/{subscriptionId}/providers/Microsoft.Security/secureScores?api-version=2020-01-01",
        _ => throw new ArgumentOutOfRangeException(nameof(stream), stream, "Unknown stream."),
    };

    /// <summary>
    /// The Graph streams a national cloud's v1.0 schema does not have (docs/microsoft-apis.md §8): the China cloud
    /// has no Identity Protection and no alerts_v2. The US Government schema has every stream.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> MissingInCloud = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        [CloudPresets.China] = [StreamCatalog.RiskyUsers, StreamCatalog.RiskDetections, StreamCatalog.Alerts, StreamCatalog.MicrosoftSecureScore, StreamCatalog.Incidents,
            StreamCatalog.IdentitySensors, StreamCatalog.IdentityHealthIssues, StreamCatalog.ThreatIntelligence],
        // Defender Threat Intelligence is a global-only service; the US Government schema has no hostReputation.
        [CloudPresets.UsGov] = [StreamCatalog.ThreatIntelligence],
        [CloudPresets.UsGovDod] = [StreamCatalog.ThreatIntelligence],
    };

    /// <summary>Whether the stream's API exists in the cloud: Defender where configured, Graph as the cloud's schema says.</summary>
    public static bool IsAvailable(StreamDefinition stream, AzureCloud cloud) =>
        !(stream.Api == AzureApi.Defender && cloud.DefenderEndpoint is null)
        && !(MissingInCloud.TryGetValue(cloud.Name, out var missing) && missing.Contains(stream.Name));

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
