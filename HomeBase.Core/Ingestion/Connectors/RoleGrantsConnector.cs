using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>
/// A directory role list (docs/microsoft-apis.md §2.9): <c>roleManagement/directory/roleDefinitions</c> for the roles'
/// names, then the list itself with <c>$expand=principal</c> for who holds them. Both are short lists read in full every
/// run, so there is nothing to resume: an interrupted run reads again.
/// </summary>
internal abstract class RoleGrantsConnector<T>(PageFetcher fetcher) : IStreamConnector
    where T : RoleGrantRecord
{
    public const string DefinitionsUrl = "roleManagement/directory/roleDefinitions";

    public abstract string Stream { get; }

    /// <summary>The list with its principals expanded, as Microsoft's list page documents it.</summary>
    protected abstract string GrantsUrl { get; }

    /// <summary>A record with what only this list has; the shared fields are filled after.</summary>
    protected abstract T Create(JsonObject grant, string sourceId, string roleDefinitionId, string principalId);

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
        await foreach (var page in fetcher.GetAllPagesAsync(context.Client, AzureApi.Graph, GrantsUrl, cancellationToken))
        {
            yield return new IngestionPage([RecordBatch.Upsert([.. page.Items().Select(g => Grant(g, roles, Create))])], null, null);
        }
        await foreach (var page in ReadMoreAsync(context, roles, cancellationToken)) yield return page;
        // Every list was read to the end: a grant no longer reported has been removed.
        yield return new IngestionPage([RecordBatch.DeleteUnseenSince<T>(context.Now), .. SweepMore(context.Now)], null, null);
    }

    /// <summary>Another role list the same stream reads after the first, with the same role names.</summary>
    protected virtual async IAsyncEnumerable<IngestionPage> ReadMoreAsync(
        StreamReadContext context, IReadOnlyDictionary<string, JsonObject> roles, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        yield break;
    }

    /// <summary>The deletions of grants <see cref="ReadMoreAsync"/> no longer saw.</summary>
    protected virtual IEnumerable<RecordBatch> SweepMore(DateTime startedAt) => [];

    /// <summary>Pages of another role list, with its principals and the roles' names filled in.</summary>
    protected async IAsyncEnumerable<IngestionPage> ReadGrantsAsync<TRecord>(StreamReadContext context, string url, IReadOnlyDictionary<string, JsonObject> roles,
        Func<JsonObject, string, string, string, TRecord> create, [EnumeratorCancellation] CancellationToken cancellationToken)
        where TRecord : RoleGrantRecord
    {
        await foreach (var page in fetcher.GetAllPagesAsync(context.Client, AzureApi.Graph, url, cancellationToken))
        {
            yield return new IngestionPage([RecordBatch.Upsert([.. page.Items().Select(g => Grant(g, roles, create))])], null, null);
        }
    }

    private static TRecord Grant<TRecord>(JsonObject grant, IReadOnlyDictionary<string, JsonObject> roles, Func<JsonObject, string, string, string, TRecord> create)
        where TRecord : RoleGrantRecord
    {
        var roleId = grant.Str("roleDefinitionId")!;
        var role = roles.GetValueOrDefault(roleId);
        var principal = grant.Get("principal");
        var type = PrincipalType(principal.Str("@odata.type"));
        var record = create(grant, grant.Str("id")!, roleId, grant.Str("principalId")!);
        record.RoleName = role.Str("displayName");
        record.RoleTemplateId = role.Str("templateId");
        record.RoleIsBuiltIn = role.Bool("isBuiltIn");
        record.DirectoryScopeId = grant.Str("directoryScopeId");
        record.PrincipalType = type;
        record.PrincipalName = principal.Str("displayName");
        record.PrincipalUserPrincipalName = type == "user" ? principal.Str("userPrincipalName") : null;
        record.PrincipalAppId = type == "servicePrincipal" ? principal.Str("appId") : null;
        record.PrincipalAccountEnabled = type is "user" or "servicePrincipal" ? principal.Bool("accountEnabled") : null;
        return record;
    }

    /// <summary><c>#microsoft.graph.user</c> → <c>user</c>; null when the principal was not expanded or has no type.</summary>
    private static string? PrincipalType(string? odataType) =>
        odataType?.StartsWith("#microsoft.graph.", StringComparison.Ordinal) == true ? odataType["#microsoft.graph.".Length..] : null;
}
