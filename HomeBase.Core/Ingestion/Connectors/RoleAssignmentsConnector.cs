using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>
/// Directory role assignments (docs/microsoft-apis.md §2.9): <c>roleManagement/directory/roleDefinitions</c> for the
/// roles' names, then <c>roleAssignments?$expand=principal</c> (Microsoft's documented example) for who holds them.
/// Both are short lists read in full every run, so there is nothing to resume: an interrupted run reads again.
/// </summary>
internal sealed class RoleAssignmentsConnector(PageFetcher fetcher) : IStreamConnector
{
    public const string DefinitionsUrl = "roleManagement/directory/roleDefinitions";
    public const string AssignmentsUrl = "roleManagement/directory/roleAssignments?$expand=principal";

    public string Stream => StreamCatalog.RoleAssignments;

    public async IAsyncEnumerable<IngestionPage> ReadAsync(StreamReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var roles = new Dictionary<string, JsonObject>(StringComparer.OrdinalIgnoreCase);
        await foreach (var page in fetcher.GetAllPagesAsync(context.Client, AzureApi.Graph, DefinitionsUrl, cancellationToken))
        {
            foreach (var role in page.Items())
            {
                if (role.Str("id") is { } id) roles[id] = role;
            }
        }
        await foreach (var page in fetcher.GetAllPagesAsync(context.Client, AzureApi.Graph, AssignmentsUrl, cancellationToken))
        {
            yield return new IngestionPage([RecordBatch.Upsert([.. page.Items().Select(a => Assignment(a, roles))])], null, null);
        }
        // Both lists were read to the end: an assignment no longer reported has been removed.
        yield return new IngestionPage([RecordBatch.DeleteUnseenSince<RoleAssignmentRecord>(context.Now)], null, null);
    }

    private static RoleAssignmentRecord Assignment(JsonObject assignment, IReadOnlyDictionary<string, JsonObject> roles)
    {
        var roleId = assignment.Str("roleDefinitionId")!;
        var role = roles.GetValueOrDefault(roleId);
        var principal = assignment.Get("principal");
        var type = PrincipalType(principal.Str("@odata.type"));
        return new RoleAssignmentRecord
        {
            SourceId = assignment.Str("id")!,
            RoleDefinitionId = roleId,
            RoleName = role.Str("displayName"),
            RoleTemplateId = role.Str("templateId"),
            RoleIsBuiltIn = role.Bool("isBuiltIn"),
            DirectoryScopeId = assignment.Str("directoryScopeId"),
            PrincipalId = assignment.Str("principalId")!,
            PrincipalType = type,
            PrincipalName = principal.Str("displayName"),
            PrincipalUserPrincipalName = type == "user" ? principal.Str("userPrincipalName") : null,
            PrincipalAppId = type == "servicePrincipal" ? principal.Str("appId") : null,
            PrincipalAccountEnabled = type is "user" or "servicePrincipal" ? principal.Bool("accountEnabled") : null,
        };
    }

    /// <summary><c>#microsoft.graph.user</c> → <c>user</c>; null when the principal was not expanded or has no type.</summary>
    private static string? PrincipalType(string? odataType) =>
        odataType?.StartsWith("#microsoft.graph.", StringComparison.Ordinal) == true ? odataType["#microsoft.graph.".Length..] : null;
}
