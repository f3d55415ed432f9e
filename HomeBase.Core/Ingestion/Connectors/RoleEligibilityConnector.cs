using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>
/// Privileged Identity Management (docs/microsoft-apis.md §2.12): <c>roleEligibilityScheduleInstances?$expand=principal</c>,
/// the roles each principal can activate and until when; then <c>roleAssignmentScheduleInstances?$expand=principal</c>,
/// whether each active assignment is permanent, time-bound or activated. Both pages document <c>$select</c>,
/// <c>$filter</c> and <c>$expand</c>, and both are read with the same permission and licence.
/// </summary>
internal sealed class RoleEligibilityConnector(PageFetcher fetcher) : RoleGrantsConnector<RoleEligibilityRecord>(fetcher)
{
    public const string EligibilitiesUrl = "roleManagement/directory/roleEligibilityScheduleInstances?$expand=principal";
    public const string AssignmentSchedulesUrl = "roleManagement/directory/roleAssignmentScheduleInstances?$expand=principal";

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

    protected override IAsyncEnumerable<IngestionPage> ReadMoreAsync(StreamReadContext context, IReadOnlyDictionary<string, JsonObject> roles, CancellationToken cancellationToken) =>
        ReadGrantsAsync(context, AssignmentSchedulesUrl, roles, (grant, sourceId, roleDefinitionId, principalId) => new RoleAssignmentScheduleRecord
        {
            SourceId = sourceId,
            RoleDefinitionId = roleDefinitionId,
            PrincipalId = principalId,
            AssignmentType = grant.Str("assignmentType"),
            MemberType = grant.Str("memberType"),
            StartAt = grant.Time("startDateTime"),
            EndAt = grant.Time("endDateTime"),
            RoleAssignmentOriginId = grant.Str("roleAssignmentOriginId"),
        }, cancellationToken);

    protected override IEnumerable<RecordBatch> SweepMore(DateTime startedAt) => [RecordBatch.DeleteUnseenSince<RoleAssignmentScheduleRecord>(startedAt)];
}
