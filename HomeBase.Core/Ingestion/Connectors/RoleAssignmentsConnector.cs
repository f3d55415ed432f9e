using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>Directory role assignments: <c>roleAssignments?$expand=principal</c>, Microsoft's documented example.</summary>
internal sealed class RoleAssignmentsConnector(PageFetcher fetcher) : RoleGrantsConnector<RoleAssignmentRecord>(fetcher)
{
    public const string AssignmentsUrl = "roleManagement/directory/roleAssignments?$expand=principal";

    public override string Stream => StreamCatalog.RoleAssignments;

    protected override string GrantsUrl => AssignmentsUrl;

    protected override RoleAssignmentRecord Create(JsonObject grant, string sourceId, string roleDefinitionId, string principalId) =>
        new() { SourceId = sourceId, RoleDefinitionId = roleDefinitionId, PrincipalId = principalId };
}
