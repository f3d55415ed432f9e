using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Integrations.Retirements;
using HomeBase.Tests.Infrastructure;
using HomeBase.Tests.Infrastructure.Contracts;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>
/// Every field each connector reads, and every query option it sends, checked against Microsoft's published
/// schemas and API pages (the fixtures in HomeBase.Tests/Contracts), over a real sync from the sandbox.
/// </summary>
[Trait("Category", "App")]
public sealed class ConnectorContractTests : IAsyncLifetime
{
    private static readonly MicrosoftSchema Schema = MicrosoftSchema.Instance;

    /// <summary>The page type each stream's connector reads, from Microsoft's paths.</summary>
    internal static string? PageTypeOf(string stream) => stream switch
    {
        StreamCatalog.Users => Schema.GraphPaths["users/delta"],
        StreamCatalog.Groups => Schema.GraphPaths["groups/delta"],
        StreamCatalog.RoleAssignments => Schema.GraphPaths["roleManagement/directory/roleAssignments"],
        StreamCatalog.RoleEligibility => Schema.GraphPaths["roleManagement/directory/roleEligibilityScheduleInstances"],
        StreamCatalog.MfaRegistration => Schema.GraphPaths["reports/authenticationMethods/userRegistrationDetails"],
        StreamCatalog.SignInActivity => Schema.GraphPaths["users"],
        StreamCatalog.SignIns => Schema.GraphPaths["auditLogs/signIns"],
        StreamCatalog.DirectoryAudits => Schema.GraphPaths["auditLogs/directoryAudits"],
        StreamCatalog.RiskyUsers => Schema.GraphPaths["identityProtection/riskyUsers"],
        StreamCatalog.RiskDetections => Schema.GraphPaths["identityProtection/riskDetections"],
        StreamCatalog.Alerts => Schema.GraphPaths["security/alerts_v2"],
        StreamCatalog.Incidents => Schema.GraphPaths["security/incidents"],
        StreamCatalog.IdentitySensors => Schema.GraphPaths["security/identities/sensors"],
        StreamCatalog.IdentityHealthIssues => Schema.GraphPaths["security/identities/healthIssues"],
        StreamCatalog.ThreatIntelligence => Schema.GraphPaths["security/threatIntelligence/hosts/{hostId}/reputation"],
        StreamCatalog.ConditionalAccess => Schema.GraphPaths["identity/conditionalAccess/policies"],
        StreamCatalog.Machines => Operation("defender", "ListMachines").Response,
        StreamCatalog.Vulnerabilities => Operation("defender", "ExportSoftwareVulnerabilitiesByMachine").Response,
        // The organisation's scores are single entities; the machine groups' list is told apart by its content.
        StreamCatalog.DefenderScores => Operation("defender", "GetExposureScore").Response,
        StreamCatalog.SecurityRecommendations => Operation("defender", "ListRecommendations").Response,
        _ => null,
    };

    /// <summary>
    /// A list page by what it lists, for streams that read several lists: the ARM streams read the subscriptions first,
    /// then each one's data; directory roles read the role definitions, then the assignments.
    /// </summary>
    internal static string? PageTypeByContent(JsonNode page)
    {
        if (page is not JsonObject o || o["value"] is not JsonArray { Count: > 0 } items || items[0] is not JsonObject first) return null;
        if (first["rolePermissions"] is not null) return Schema.GraphPaths["roleManagement/directory/roleDefinitions"];
        if (first["assignmentType"] is not null) return Schema.GraphPaths["roleManagement/directory/roleAssignmentScheduleInstances"];
        if (first["controlScores"] is not null) return Schema.GraphPaths["security/secureScores"];
        if (first["controlStateUpdates"] is not null) return Schema.GraphPaths["security/secureScoreControlProfiles"];
        if (first["eventDataId"] is not null) return Operation("arm", "ActivityLogs_List").Response;
        if (first["score"] is not null && first["rbacGroupName"] is not null) return Operation("defender", "ListExposureScoreByMachineGroups").Response;
        if (first["subscriptionId"] is not null && first["type"] is null) return Operation("arm", "Subscriptions_List").Response;
        return first["type"]?.GetValue<string>().ToLowerInvariant() switch
        {
            "microsoft.security/assessments" => Operation("arm", "Assessments_List").Response,
            "microsoft.security/assessmentmetadata" => Operation("arm", "AssessmentsMetadata_ListBySubscription").Response,
            "microsoft.security/regulatorycompliancestandards" => Operation("arm", "RegulatoryComplianceStandards_List").Response,
            "microsoft.security/regulatorycompliancestandards/regulatorycompliancecontrols" => Operation("arm", "RegulatoryComplianceControls_List").Response,
            "microsoft.security/securescores" => Operation("arm", "SecureScores_List").Response,
            _ => null,
        };
    }

    internal static ContractOperation Operation(string api, string id) => Schema.Operations.First(o => o.Api == api && o.Id == id);

    // Every stream pages, but a few thousand sign-ins are enough to see every field read.
    private readonly IngestionApp app = new(new Dictionary<string, string> { ["Sandbox:SignIns"] = "3000" });
    private string integration = "";

    public async ValueTask InitializeAsync() => integration = await app.ConnectAsync(await app.CreateTenantAsync(), RequestBodies.Contoso);

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task EveryFieldAConnectorReads_IsOnMicrosoftsTypeWithACompatibleType()
    {
        using var log = new JsonReadLog(Schema, PageTypeOf, PageTypeByContent).Start();
        foreach (var stream in StreamCatalog.All.Select(s => s.Name))
        {
            log.ForStream(stream);
            var result = await app.Runner.RunAsync(integration, stream);
            Assert.True(result!.RecordsAdded > 0, $"{stream} read nothing: the contract would prove nothing.");
        }

        Assert.True(log.Problems.Count == 0, "Fields read that Microsoft's schema does not have:\n" + string.Join('\n', log.Problems));
        // The log really saw the reads: the fields the product's numbers depend on are among them.
        var read = log.Reads.Select(r => $"{r.OnType}.{r.Name}").ToHashSet();
        Assert.Contains("microsoft.graph.security.alert.categories", read);
        Assert.Contains("microsoft.graph.security.userAccount.azureAdUserId", read);
        Assert.Contains("microsoft.graph.riskyUser.isDeleted", read);
        Assert.Contains("mde.machine.onboardingStatus", read);
        Assert.Contains("activityLogs_API/EventData.operationId", read);
        Assert.Contains("microsoft.graph.security.hostReputationRule.relatedDetailsUrl", read);
        Assert.Contains("mde.score.score", read);
        Assert.Contains("mde.score.rbacGroupName", read);
        Assert.Contains("mde.recommendation.exposureImpact", read);

        // A field Microsoft has deprecated may be read only if the retirement list knows it (and so warns before it goes).
        var listed = MicrosoftRetirements.All.Select(r => r.SchemaTarget).OfType<string>().ToHashSet();
        var unlisted = log.Reads.Where(r => r.OnType is { } type && Schema.Type(type)?.Deprecated.ContainsKey(r.Name) == true)
            .Select(r => $"{r.OnType}/{r.Name}").Distinct().Where(target => !listed.Contains(target)).ToList();
        Assert.True(unlisted.Count == 0, "Deprecated fields read but not in MicrosoftRetirements:\n" + string.Join('\n', unlisted));
        Assert.Contains("microsoft.graph.security.alert.category", read);
    }

    [Fact]
    public async Task EveryQueryOptionAConnectorSends_IsOneTheOperationDocuments()
    {
        foreach (var stream in StreamCatalog.All.Select(s => s.Name)) await app.Runner.RunAsync(integration, stream);
        var requests = JsonNode.Parse(await (await app.SandboxControlAsync(HttpMethod.Get, "/tenants/contoso/requests")).Content.ReadAsStringAsync())!.AsArray()
            .Select(r => r!["path"]!.GetValue<string>()).Distinct().ToList();
        Assert.True(requests.Count > 20);

        var problems = requests.Select(QueryContract.Check).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(problems.Count == 0, "Requests Microsoft's pages do not document:\n" + string.Join('\n', problems));
    }
}
