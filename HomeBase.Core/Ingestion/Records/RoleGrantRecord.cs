namespace HomeBase.Core.Ingestion.Records;

/// <summary>
/// A directory role granted to a principal, as both of Microsoft's role lists describe it (<c>unifiedRoleAssignment</c>
/// and <c>unifiedRoleEligibilityScheduleInstance</c>): which role, over which scope, to whom, with the role's name and the
/// principal's kind and name read in the same run. A snapshot, re-read in full.
/// </summary>
public abstract class RoleGrantRecord : IngestedRecord, ISnapshotRecord
{
    /// <summary>The built-in Global Administrator role's template id (for built-in roles also its definition id).</summary>
    public const string GlobalAdministratorTemplateId = "62e90394-69f5-4237-9190-012177145e10";

    public DateTime? LastSyncedAt { get; set; }

    public required string RoleDefinitionId { get; set; }

    /// <summary>The role's display name from <c>roleDefinitions</c>; null for a definition the run could not read.</summary>
    public string? RoleName { get; set; }

    /// <summary>The built-in role this one was created from (the same id for built-in roles); null for custom roles' own.</summary>
    public string? RoleTemplateId { get; set; }

    public bool? RoleIsBuiltIn { get; set; }

    /// <summary><c>/</c> for the whole tenant, <c>/administrativeUnits/{id}</c> or an object's id for a narrower scope.</summary>
    public string? DirectoryScopeId { get; set; }

    public required string PrincipalId { get; set; }

    /// <summary><c>user</c>, <c>group</c> or <c>servicePrincipal</c>, from the expanded principal's <c>@odata.type</c>.</summary>
    public string? PrincipalType { get; set; }

    public string? PrincipalName { get; set; }

    /// <summary>A user's sign-in name; null for groups and service principals.</summary>
    public string? PrincipalUserPrincipalName { get; set; }

    /// <summary>A service principal's application id; null for users and groups.</summary>
    public string? PrincipalAppId { get; set; }

    /// <summary>Whether the user or service principal can sign in; null for groups.</summary>
    public bool? PrincipalAccountEnabled { get; set; }
}
