using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HomeBase.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HomeBase.Sandbox.Graph;

/// <summary>
/// Directory roles (<c>roleManagement/directory</c>): definitions, and assignments with <c>$filter</c> on the role or the
/// principal and <c>$expand=principal</c>, as Microsoft's list pages document them.
/// </summary>
internal static partial class GraphRoleManagementEndpoints
{
    // The list pages' permission tables (directory provider), least privileged first.
    private static readonly string[] ReadRoles =
        ["RoleManagement.Read.Directory", "RoleManagement.Read.All", "Directory.Read.All", "RoleManagement.ReadWrite.Directory", "Directory.ReadWrite.All"];

    public static void MapGraphRoleManagement(this IEndpointRouteBuilder app)
    {
        app.MapGet($"{GraphLists.Version}/roleManagement/directory/roleDefinitions", RoleDefinitions);
        app.MapGet($"{GraphLists.Version}/roleManagement/directory/roleAssignments", RoleAssignments);
        app.MapGet($"{GraphLists.Version}/roleManagement/directory/roleEligibilityScheduleInstances", RoleEligibilities);
        app.MapGet($"{GraphLists.Version}/roleManagement/directory/roleAssignmentScheduleInstances", RoleAssignmentSchedules);
    }

    // The eligibility list's permission table names the RoleManagement permissions only.
    private static readonly string[] EligibilityRoles = ["RoleManagement.Read.All", "RoleManagement.Read.Directory", "RoleManagement.ReadWrite.Directory"];

    private static IResult RoleEligibilities(HttpContext context, GraphLists lists) =>
        PimList(context, lists, EligibilityRoles, "roleEligibilities", "roleManagement/directory/roleEligibilityScheduleInstances",
            (data, now, expand) => [.. data.RoleEligibilities(now).Select(e => data.RoleEligibilityJson(e, expand, now))]);

    // The active-assignment list's permission table, least privileged first.
    private static readonly string[] AssignmentScheduleRoles =
        ["RoleAssignmentSchedule.Read.Directory", "RoleManagement.Read.Directory", "RoleManagement.Read.All", "RoleAssignmentSchedule.ReadWrite.Directory", "RoleManagement.ReadWrite.Directory"];

    private static IResult RoleAssignmentSchedules(HttpContext context, GraphLists lists) =>
        PimList(context, lists, AssignmentScheduleRoles, "roleAssignmentSchedules", "roleManagement/directory/roleAssignmentScheduleInstances",
            (data, now, expand) => [.. data.RoleAssignmentSchedules(now).Select(a => data.RoleAssignmentScheduleJson(a, expand, now))]);

    /// <summary>
    /// A Privileged Identity Management list: its permissions, Entra ID P2, no <c>$filter</c> in the sandbox, and
    /// <c>$expand=principal</c> as both list pages document it.
    /// </summary>
    private static IResult PimList(HttpContext context, GraphLists lists, string[] roles, string name, string metadata,
        Func<Data.TenantData, DateTimeOffset, bool, IReadOnlyList<JsonObject>> items)
    {
        if (GraphAccess.Require(context, roles) is { } denied) return denied;
        var caller = SandboxCaller.From(context);
        // Privileged Identity Management is an Entra ID P2 feature.
        if (!caller.Tenant.HasEntraP2) return GraphAccess.NotLicensed(context, "Microsoft Entra ID P2");
        var query = ODataQuery.From(context.Request);
        if (query.Filter is not null) return ApiErrors.Graph(context, 400, "BadRequest", $"The sandbox does not implement $filter on {metadata}.");
        var expand = context.Request.Query["$expand"].ToString();
        if (expand.Length > 0 && expand != "principal")
        {
            return ApiErrors.Graph(context, 400, "BadRequest", $"Could not find a property named '{expand}' that this sandbox expands; it expands 'principal'.");
        }
        return lists.Positional(context, name, metadata, items(caller.Tenant.Data, lists.Now, expand == "principal"), query, defaultTop: 100, maxTop: 999);
    }

    private static IResult RoleDefinitions(HttpContext context, GraphLists lists)
    {
        if (GraphAccess.Require(context, ReadRoles) is { } denied) return denied;
        var data = SandboxCaller.From(context).Tenant.Data;
        var query = ODataQuery.From(context.Request);
        if (query.Filter is not null) return ApiErrors.Graph(context, 400, "BadRequest", "The sandbox does not implement $filter on role definitions.");
        return lists.Positional(context, "roleDefinitions", "roleManagement/directory/roleDefinitions", data.RoleDefinitions(), query, defaultTop: 100, maxTop: 999);
    }

    private static IResult RoleAssignments(HttpContext context, GraphLists lists)
    {
        if (GraphAccess.Require(context, ReadRoles) is { } denied) return denied;
        var data = SandboxCaller.From(context).Tenant.Data;
        var query = ODataQuery.From(context.Request);
        var expand = context.Request.Query["$expand"].ToString();
        if (expand.Length > 0 && expand != "principal")
        {
            return ApiErrors.Graph(context, 400, "BadRequest", $"Could not find a property named '{expand}' that this sandbox expands; it expands 'principal'.");
        }

        var now = lists.Now;
        var assignments = data.RoleAssignments(now).Select(a => data.RoleAssignmentJson(a, expand == "principal", now));
        if (query.Filter is { } filter)
        {
            // Microsoft's examples filter on the role or on the principal with eq.
            if (EqualsFilter().Match(filter) is not { Success: true } match)
            {
                return ApiErrors.Graph(context, 400, "BadRequest", $"Invalid filter clause: '{filter}'. Use roleDefinitionId eq '…' or principalId eq '…'.");
            }
            var (field, value) = (match.Groups["field"].Value, match.Groups["value"].Value);
            assignments = assignments.Where(a => string.Equals(a[field]?.GetValue<string>(), value, StringComparison.OrdinalIgnoreCase));
        }
        return lists.Positional(context, "roleAssignments", expand == "principal" ? "roleManagement/directory/roleAssignments(principal())" : "roleManagement/directory/roleAssignments",
            [.. assignments], query, defaultTop: 100, maxTop: 999);
    }

    [GeneratedRegex(@"^\s*(?<field>roleDefinitionId|principalId)\s+eq\s+'(?<value>[^']+)'\s*$")]
    private static partial Regex EqualsFilter();
}
