using System.Text.Json.Nodes;

namespace HomeBase.Sandbox.Data;

public sealed partial class TenantData
{
    /// <summary>
    /// Built-in Entra ID roles with their documented template ids (for built-in roles also the definition id), and one
    /// custom role: what <c>roleManagement/directory/roleDefinitions</c> lists, shortened to the roles the data uses.
    /// </summary>
    private static readonly (string Id, string Name, string Description)[] BuiltInRoles =
    [
        ("62e90394-69f5-4237-9190-012177145e10", "Global Administrator", "Can manage all aspects of Microsoft Entra ID and Microsoft services that use Microsoft Entra identities."),
        ("e8611ab8-c189-46e8-94e1-60213ab1f814", "Privileged Role Administrator", "Can manage role assignments in Microsoft Entra ID, and all aspects of Privileged Identity Management."),
        ("194ae4cb-b126-40b2-bd5b-6091b380977d", "Security Administrator", "Can read security information and reports, and manage configuration in Microsoft Entra ID and Office 365."),
        ("b1be1c3e-b65d-4f19-8427-f6fa0d97feb9", "Conditional Access Administrator", "Can manage Conditional Access capabilities."),
        ("fe930be7-5e62-47db-91af-98c3a49a38b1", "User Administrator", "Can manage all aspects of users and groups, including resetting passwords for limited admins."),
        ("9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3", "Application Administrator", "Can create and manage all aspects of app registrations and enterprise apps."),
        ("29232cdf-9323-42fd-ade2-1d097af3e4de", "Exchange Administrator", "Can manage all aspects of the Exchange product."),
        ("729827e3-9c14-49f7-bb1b-9608f156bbb8", "Helpdesk Administrator", "Can reset passwords for non-administrators and Helpdesk Administrators."),
        ("f2ef992c-3afb-46b9-b7cf-a126ee74c451", "Global Reader", "Can read everything that a Global Administrator can, but not update anything."),
        ("5d6b6bb7-de71-4623-b4af-96380a352509", "Security Reader", "Can read security information and reports in Microsoft Entra ID and Office 365."),
    ];

    private Guid CustomRoleId => G("role:custom", 0);

    /// <summary>The tenant's role definitions as Graph returns them.</summary>
    internal IReadOnlyList<JsonObject> RoleDefinitions() =>
    [
        .. BuiltInRoles.Select(r => RoleDefinition(r.Id, r.Name, r.Description, builtIn: true)),
        RoleDefinition(CustomRoleId.ToString(), $"{tenant.DisplayName} Helpdesk Tier 1", "Reads users and resets passwords of members of the service desk's scope.", builtIn: false),
    ];

    private static JsonObject RoleDefinition(string id, string name, string description, bool builtIn) => new()
    {
        ["id"] = id,
        ["description"] = description,
        ["displayName"] = name,
        ["isBuiltIn"] = builtIn,
        ["isEnabled"] = true,
        ["resourceScopes"] = Strings("/"),
        ["templateId"] = id,
        ["version"] = "1",
        ["rolePermissions"] = Array(new JsonObject
        {
            ["allowedResourceActions"] = Strings(builtIn ? $"microsoft.directory/{name.Replace(" ", string.Empty)}/allProperties/read" : "microsoft.directory/users/password/update"),
            ["condition"] = null,
        }),
    };

    /// <summary>Who holds which role: the principal's kind and index, over which scope.</summary>
    internal IReadOnlyList<RoleAssignment> RoleAssignments(DateTimeOffset now)
    {
        var users = UserIndexes(now).ToHashSet();
        var disabledAdmin = Enumerable.Range(20, BaseUserCount - 20).Cast<int?>()
            .FirstOrDefault(i => !(User(i!.Value, now)["accountEnabled"]?.GetValue<bool>() ?? true));
        var assignments = new List<RoleAssignment>
        {
            // Three Global Administrators (one of them the break-glass account), and the roles a security team hands out.
            new(BuiltInRoles[0].Id, "user", 0, "/"),
            new(BuiltInRoles[0].Id, "user", 1, "/"),
            new(BuiltInRoles[0].Id, "user", 2, "/"),
            new(BuiltInRoles[1].Id, "user", 3, "/"),
            new(BuiltInRoles[2].Id, "user", 4, "/"),
            new(BuiltInRoles[2].Id, "user", 5, "/"),
            new(BuiltInRoles[3].Id, "user", 6, "/"),
            new(BuiltInRoles[4].Id, "user", 7, "/"),
            // A narrower scope: user administration of one administrative unit.
            new(BuiltInRoles[4].Id, "user", 8, $"/administrativeUnits/{G("administrativeUnit", 0)}"),
            new(BuiltInRoles[5].Id, "servicePrincipal", 0, "/"),
            new(BuiltInRoles[6].Id, "user", 9, "/"),
            new(BuiltInRoles[7].Id, "user", 10, "/"),
            new(BuiltInRoles[7].Id, "user", 11, "/"),
            new(BuiltInRoles[8].Id, "user", 12, "/"),
            // A role-assignable group: its members hold the role through it.
            new(BuiltInRoles[9].Id, "group", 0, "/"),
            new(CustomRoleId.ToString(), "user", 13, "/"),
        };
        // A disabled account that still holds a role: the kind of leftover an admin must see.
        if (disabledAdmin is { } disabled) assignments.Add(new(BuiltInRoles[7].Id, "user", disabled, "/"));
        // With PIM, an eligible Privileged Role Administrator has activated the role: an assignment for a few hours.
        if (tenant.HasEntraP2) assignments.Add(ActivatedAssignment);
        // An assignment of a deleted user is gone with the user.
        return [.. assignments.Where(a => a.PrincipalKind != "user" || users.Contains(a.PrincipalIndex))];
    }

    internal Guid ServicePrincipalId(int index) => G("servicePrincipal", index);

    /// <summary>A role assignment as Graph returns it; with its principal when <c>$expand=principal</c> asked for it.</summary>
    internal JsonObject RoleAssignmentJson(RoleAssignment assignment, bool expandPrincipal, DateTimeOffset now)
    {
        var principalId = PrincipalId(assignment);
        var json = new JsonObject
        {
            // Graph's ids for directory role assignments are opaque; these are stable per role and principal.
            ["id"] = Convert.ToBase64String([.. Guid.Parse(assignment.RoleDefinitionId).ToByteArray(), .. principalId.ToByteArray()])
                .TrimEnd('=').Replace('+', '-').Replace('/', '_') + "-1",
            ["principalId"] = principalId.ToString(),
            ["directoryScopeId"] = assignment.DirectoryScopeId,
            ["roleDefinitionId"] = assignment.RoleDefinitionId,
        };
        if (expandPrincipal) json["principal"] = Principal(assignment, now);
        return json;
    }

    private Guid PrincipalId(RoleAssignment assignment) => assignment.PrincipalKind switch
    {
        "user" => UserId(assignment.PrincipalIndex),
        "group" => GroupId(assignment.PrincipalIndex),
        _ => ServicePrincipalId(assignment.PrincipalIndex),
    };

    private JsonObject Principal(RoleAssignment assignment, DateTimeOffset now)
    {
        var principal = assignment.PrincipalKind switch
        {
            "user" => User(assignment.PrincipalIndex, now),
            "group" => Group(assignment.PrincipalIndex),
            _ => new JsonObject
            {
                ["id"] = ServicePrincipalId(assignment.PrincipalIndex).ToString(),
                ["appId"] = G("servicePrincipal:app", assignment.PrincipalIndex).ToString(),
                ["displayName"] = $"{tenant.DisplayName} provisioning",
                ["accountEnabled"] = true,
                ["servicePrincipalType"] = "Application",
            },
        };
        var typed = new JsonObject { ["@odata.type"] = $"#microsoft.graph.{assignment.PrincipalKind}" };
        foreach (var (name, value) in principal) typed[name] = value?.DeepClone();
        if (assignment.PrincipalKind == "group") typed["isAssignableToRole"] = true;
        return typed;
    }
}
