using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>
/// PIM eligibilities (docs/microsoft-apis.md §2.12): <c>roleEligibilityScheduleInstances?$expand=principal</c>, the roles
/// each principal can activate and until when. The page documents <c>$select</c>, <c>$filter</c> and <c>$expand</c>.
/// </summary>
internal sealed class RoleEligibilityConnector(PageFetcher fetcher) : RoleGrantsConnector<RoleEligibilityRecord>(fetcher)
{
    public const string EligibilitiesUrl = "roleManagement/directory/roleEligibilityScheduleInstances?$expand=principal";

    public override string Stream => StreamCatalog.RoleEligibility;

    protected override string GrantsUrl => EligibilitiesUrl;

    protected override RoleEligibilityRecord Create(JsonObject grant, string sourceId, string roleDefinitionId, string principalId) => new()
    {
        SourceId = sourceId,
        RoleDefinitionId = roleDefinitionId,
        PrincipalId = principalId,
        StartAt = grant.Time("startDateTime"),
        EndAt = grant.Time("endDateTime"),
        MemberType = grant.Str("memberType"),
    };
}
