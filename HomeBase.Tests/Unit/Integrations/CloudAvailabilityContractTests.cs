using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Integrations.Verification;
using HomeBase.Core.Platform.Clouds;
using HomeBase.Tests.Infrastructure.Contracts;

namespace HomeBase.Tests.Unit.Integrations;

/// <summary>
/// A Graph stream is offered in a national cloud exactly when that cloud's v1.0 schema (Fairfax for US Government,
/// Mooncake for China) resolves its path; otherwise the grid says not_available_in_cloud instead of an error.
/// </summary>
[Trait("Category", "Unit")]
public sealed class CloudAvailabilityContractTests
{
    private static readonly Dictionary<string, string> GraphPathOf = new()
    {
        [StreamCatalog.Users] = "users/delta",
        [StreamCatalog.Groups] = "groups/delta",
        [StreamCatalog.RoleAssignments] = "roleManagement/directory/roleAssignments",
        [StreamCatalog.RoleEligibility] = "roleManagement/directory/roleEligibilityScheduleInstances",
        [StreamCatalog.MfaRegistration] = "reports/authenticationMethods/userRegistrationDetails",
        [StreamCatalog.SignInActivity] = "users",
        [StreamCatalog.SignIns] = "auditLogs/signIns",
        [StreamCatalog.DirectoryAudits] = "auditLogs/directoryAudits",
        [StreamCatalog.RiskyUsers] = "identityProtection/riskyUsers",
        [StreamCatalog.RiskDetections] = "identityProtection/riskDetections",
        [StreamCatalog.Alerts] = "security/alerts_v2",
        [StreamCatalog.MicrosoftSecureScore] = "security/secureScores",
        [StreamCatalog.Incidents] = "security/incidents",
        [StreamCatalog.IdentitySensors] = "security/identities/sensors",
        [StreamCatalog.IdentityHealthIssues] = "security/identities/healthIssues",
        [StreamCatalog.ThreatIntelligence] = "security/threatIntelligence/hosts/{hostId}/reputation",
        [StreamCatalog.ConditionalAccess] = "identity/conditionalAccess/policies",
    };

    [Theory]
    [InlineData("fairfax", CloudPresets.UsGov)]
    [InlineData("fairfax", CloudPresets.UsGovDod)]
    [InlineData("mooncake", CloudPresets.China)]
    public void GraphStream_IsAvailableExactlyWhereTheCloudsSchemaHasIt(string schemaCloud, string cloudName)
    {
        var paths = MicrosoftSchema.Instance.CloudPaths[schemaCloud];
        var cloud = new AzureCloud(cloudName, cloudName, new("https://login.example"), new("https://graph.example"), new("https://arm.example"),
            "https://arm.example", new Uri("https://defender.example"), new("https://portal.example"), null);
        var graphStreams = StreamCatalog.All.Where(s => s.Api == AzureApi.Graph).ToList();
        Assert.Equal(GraphPathOf.Keys.Order(), graphStreams.Select(s => s.Name).Order());

        foreach (var stream in graphStreams)
        {
            var inSchema = paths.TryGetValue(GraphPathOf[stream.Name], out var type) && type is not null;
            Assert.True(inSchema == StreamProbes.IsAvailable(stream, cloud),
                $"{stream.Name} in {cloudName}: the {schemaCloud} schema {(inSchema ? "has" : "lacks")} {GraphPathOf[stream.Name]}");
        }
        if (schemaCloud == "mooncake") Assert.Contains(graphStreams, s => !StreamProbes.IsAvailable(s, cloud));
    }
}
