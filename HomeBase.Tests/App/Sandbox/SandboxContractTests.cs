using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using HomeBase.Tests.App.Ingestion;
using HomeBase.Tests.Infrastructure;
using HomeBase.Tests.Infrastructure.Contracts;

namespace HomeBase.Tests.App.Sandbox;

/// <summary>
/// What the sandbox serves validates against Microsoft's published schemas, the same fixtures the connectors are
/// held to: a property Microsoft does not have, a value of the wrong type or an unlisted enum member fails.
/// </summary>
[Trait("Category", "App")]
public sealed class SandboxContractTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private const string Graph = "https://graph.microsoft.com/.default";
    private const string Defender = "https://api.securitycenter.microsoft.com/.default";
    private const string Arm = "https://management.azure.com/.default";
    private static readonly MicrosoftSchema Schema = MicrosoftSchema.Instance;

    public static TheoryData<string, string, string> Lists()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (scope, path, type) in Endpoints()) data.Add(scope, path, type);
        return data;
    }

    private static IEnumerable<(string Scope, string Path, string Type)> Endpoints()
    {
        var paths = Schema.GraphPaths;
        yield return (Graph, "/graph/v1.0/users/delta?$select=displayName,userPrincipalName,mail,jobTitle,department,userType,accountEnabled,createdDateTime,onPremisesSyncEnabled", paths["users/delta"]);
        yield return (Graph, "/graph/v1.0/users?$select=id,displayName,userPrincipalName,userType,accountEnabled,signInActivity&$top=120", paths["users"]);
        yield return (Graph, "/graph/v1.0/groups/delta?$select=displayName,description,securityEnabled,mailEnabled,groupTypes,createdDateTime,members", paths["groups/delta"]);
        yield return (Graph, "/graph/v1.0/auditLogs/signIns?$top=400", paths["auditLogs/signIns"]);
        yield return (Graph, "/graph/v1.0/auditLogs/directoryAudits?$top=400", paths["auditLogs/directoryAudits"]);
        yield return (Graph, "/graph/v1.0/identityProtection/riskyUsers", paths["identityProtection/riskyUsers"]);
        yield return (Graph, "/graph/v1.0/identityProtection/riskDetections?$top=400", paths["identityProtection/riskDetections"]);
        yield return (Graph, "/graph/v1.0/security/alerts_v2?$top=400", paths["security/alerts_v2"]);
        yield return (Graph, "/graph/v1.0/security/incidents?$top=50", paths["security/incidents"]);
        yield return (Graph, "/graph/v1.0/security/secureScores?$top=90", paths["security/secureScores"]);
        yield return (Graph, "/graph/v1.0/security/identities/sensors", paths["security/identities/sensors"]);
        yield return (Graph, "/graph/v1.0/security/identities/healthIssues", paths["security/identities/healthIssues"]);
        yield return (Graph, "/graph/v1.0/security/secureScoreControlProfiles", paths["security/secureScoreControlProfiles"]);
        yield return (Graph, "/graph/v1.0/identity/conditionalAccess/policies", paths["identity/conditionalAccess/policies"]);
        yield return (Graph, "/graph/v1.0/roleManagement/directory/roleDefinitions", paths["roleManagement/directory/roleDefinitions"]);
        yield return (Graph, "/graph/v1.0/roleManagement/directory/roleAssignments?$expand=principal", paths["roleManagement/directory/roleAssignments"]);
        yield return (Graph, "/graph/v1.0/roleManagement/directory/roleEligibilityScheduleInstances?$expand=principal", paths["roleManagement/directory/roleEligibilityScheduleInstances"]);
        yield return (Graph, "/graph/v1.0/roleManagement/directory/roleAssignmentScheduleInstances?$expand=principal", paths["roleManagement/directory/roleAssignmentScheduleInstances"]);
        yield return (Graph, "/graph/v1.0/reports/authenticationMethods/userRegistrationDetails", paths["reports/authenticationMethods/userRegistrationDetails"]);
        yield return (Graph, "/graph/v1.0/subscribedSkus", paths["subscribedSkus"]);
        yield return (Graph, "/graph/v1.0/organization", paths["organization"]);
        yield return (Defender, "/mde/api/machines", ConnectorContractTests.Operation("defender", "ListMachines").Response!);
        yield return (Defender, "/mde/api/machines/SoftwareVulnerabilitiesByMachine?pageSize=400", ConnectorContractTests.Operation("defender", "ExportSoftwareVulnerabilitiesByMachine").Response!);
        yield return (Arm, "/arm/subscriptions?api-version=2022-12-01", ConnectorContractTests.Operation("arm", "Subscriptions_List").Response!);
        yield return (Arm, "{subscription}/providers/Microsoft.Insights/eventtypes/management/values?api-version=2015-04-01&$filter={filter}", ConnectorContractTests.Operation("arm", "ActivityLogs_List").Response!);
        yield return (Arm, "{subscription}/providers/Microsoft.Security/assessments?api-version=2021-06-01", ConnectorContractTests.Operation("arm", "Assessments_List").Response!);
        yield return (Arm, "{subscription}/providers/Microsoft.Security/assessmentMetadata?api-version=2021-06-01", ConnectorContractTests.Operation("arm", "AssessmentsMetadata_ListBySubscription").Response!);
        yield return (Arm, "{subscription}/providers/Microsoft.Security/regulatoryComplianceStandards?api-version=2019-01-01-preview", ConnectorContractTests.Operation("arm", "RegulatoryComplianceStandards_List").Response!);
        yield return (Arm, "{subscription}/providers/Microsoft.Security/regulatoryComplianceStandards/ISO-27001/regulatoryComplianceControls?api-version=2019-01-01-preview", ConnectorContractTests.Operation("arm", "RegulatoryComplianceControls_List").Response!);
        yield return (Arm, "{subscription}/providers/Microsoft.Security/secureScores?api-version=2020-01-01", ConnectorContractTests.Operation("arm", "SecureScores_List").Response!);
        yield return (Defender, "/mde/api/exposureScore/ByMachineGroups", ConnectorContractTests.Operation("defender", "ListExposureScoreByMachineGroups").Response!);
        yield return (Defender, "/mde/api/recommendations?$top=10000", ConnectorContractTests.Operation("defender", "ListRecommendations").Response!);
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task SandboxList_ValidatesAgainstMicrosoftsSchema(string scope, string path, string pageType)
    {
        var contoso = sandbox.Tenant("contoso");
        var filter = Uri.EscapeDataString($"eventTimestamp ge '{DateTimeOffset.UtcNow.AddDays(-2):yyyy-MM-ddTHH:mm:ssZ}' and eventTimestamp le '{DateTimeOffset.UtcNow:yyyy-MM-ddTHH:mm:ssZ}'");
        var url = path.Replace("{subscription}", $"/arm/subscriptions/{contoso.Subscriptions[0].Id}", StringComparison.Ordinal).Replace("{filter}", filter, StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await sandbox.TokenAsync("contoso", scope));
        request.Headers.TryAddWithoutValidation("Prefer", "include-unknown-enum-members");
        var response = await sandbox.Http.SendAsync(request);
        var page = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {page.ToJsonString()}");
        Assert.NotEmpty(page["value"]!.AsArray());

        var problems = new SchemaValidator(Schema).ValidatePage(page, pageType);
        Assert.True(problems.Count == 0, $"{url} is not Microsoft's shape:\n" + string.Join('\n', problems.Distinct().Take(40)));
    }

    [Theory]
    [InlineData("/mde/api/exposureScore", "GetExposureScore")]
    [InlineData("/mde/api/configurationScore", "GetDeviceSecureScore")]
    public async Task SandboxDefenderScore_ValidatesAgainstMicrosoftsSchema(string path, string operation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await sandbox.TokenAsync("contoso", Defender));
        var response = await sandbox.Http.SendAsync(request);
        var score = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {score.ToJsonString()}");
        Assert.NotNull(score["score"]);

        var problems = new SchemaValidator(Schema).Validate(score, ConnectorContractTests.Operation("defender", operation).Response!);
        Assert.True(problems.Count == 0, $"{path} is not Microsoft's shape:\n" + string.Join('\n', problems.Distinct().Take(40)));
    }

    [Theory]
    [InlineData("update-check.contoso-cdn.example")]
    [InlineData("203.0.113.7")]
    [InlineData("unheard-of.example")]
    public async Task SandboxHostReputation_ValidatesAgainstMicrosoftsSchema(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graph/v1.0/security/threatIntelligence/hosts/{host}/reputation");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await sandbox.TokenAsync("contoso", Graph));
        var response = await sandbox.Http.SendAsync(request);
        var reputation = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(response.IsSuccessStatusCode, $"{host}: {(int)response.StatusCode} {reputation.ToJsonString()}");
        Assert.NotNull(reputation["classification"]);

        var problems = new SchemaValidator(Schema).Validate(reputation, Schema.GraphPaths["security/threatIntelligence/hosts/{hostId}/reputation"]!);
        Assert.True(problems.Count == 0, $"{host}'s reputation is not Microsoft's shape:\n" + string.Join('\n', problems.Distinct().Take(40)));
    }
}
