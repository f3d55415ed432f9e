using System.Text.Json.Nodes;

namespace HomeBase.Sandbox.Data;

// Directory audits in Microsoft's shape: a role change targets the user and names the role in its modified
// properties, a credential update lists the keys before and after, a policy update carries the old and new policy JSON.
public sealed partial class TenantData
{
    private static readonly string[] PolicyStates = ["enabled", "enabled", "disabled", "enabledForReportingButNotEnforced"];

    internal DirectoryAuditFacts DirectoryAuditFactsOf(long index)
    {
        var kind = Det.Pick(Vocabulary.DirectoryActivities, H("audit:activity", index));
        // One role change in four gives Global Administrator: rare in a real log, but a week of it should show one.
        var role = Det.Chance(H("audit:role:global", index), 25) ? BuiltInRoles[0] : BuiltInRoles[1 + Det.Int(H("audit:role", index), BuiltInRoles.Length - 1)];
        var keysBefore = Det.Int(H("audit:keys", index), 3);
        return new DirectoryAuditFacts(
            kind,
            !Det.Chance(H("audit:result", index), 4),
            (role.Id, role.Name),
            Det.Pick(PolicyStates, H("audit:policy:old", index)),
            Det.Pick(PolicyStates, H("audit:policy:new", index)),
            keysBefore,
            Math.Max(0, keysBefore + (Det.Chance(H("audit:keys:added", index), 70) ? 1 : -1)));
    }

    internal JsonObject DirectoryAudit(long index)
    {
        var facts = DirectoryAuditFactsOf(index);
        var kind = facts.Kind;
        var actor = Det.Int(H("audit:actor", index), BaseUserCount);
        var target = Det.Int(H("audit:target", index), BaseUserCount);
        var (actorName, actorUpn) = UserName(actor);
        var (_, targetUpn) = UserName(target);
        var targetIsUser = kind.TargetType == "User";
        var policy = Policies[Det.Int(H("audit:policy", index), Policies.Length)];
        var targets = new JsonArray(new JsonObject
        {
            ["id"] = targetIsUser ? UserId(target).ToString() : kind.TargetType == "Policy" ? policy.Id : G("audit:target", index).ToString(),
            // Microsoft leaves a user target's display name out and gives its principal name.
            ["displayName"] = targetIsUser ? null : kind.TargetType == "Policy" ? policy.Name : $"{kind.TargetType} {index % 97}",
            ["type"] = kind.TargetType,
            ["userPrincipalName"] = targetIsUser ? targetUpn : null,
            ["groupType"] = null,
            ["modifiedProperties"] = Modifications(facts, policy),
        });
        if (kind.Category == "RoleManagement")
        {
            targets.Add(new JsonObject
            {
                ["id"] = facts.Role.Id, ["displayName"] = null, ["type"] = "Role", ["userPrincipalName"] = null, ["groupType"] = null,
                ["modifiedProperties"] = new JsonArray(),
            });
        }
        return new JsonObject
        {
            ["id"] = $"Directory_{G("audit", index):N}".ToUpperInvariant()[..30],
            ["category"] = kind.Category,
            ["correlationId"] = G("audit:correlation", index).ToString(),
            ["result"] = facts.Succeeded ? "success" : "failure",
            ["resultReason"] = "",
            ["activityDisplayName"] = kind.Activity,
            ["activityDateTime"] = Iso(DirectoryAudits.TimeOf(index)),
            ["loggedByService"] = kind.Area == "conditional_access" ? "Conditional Access" : "Core Directory",
            ["operationType"] = kind.Operation,
            ["initiatedBy"] = new JsonObject
            {
                ["user"] = new JsonObject { ["id"] = UserId(actor).ToString(), ["displayName"] = actorName, ["userPrincipalName"] = actorUpn, ["ipAddress"] = "20.190.128.10" },
                ["app"] = null,
            },
            ["targetResources"] = targets,
            ["additionalDetails"] = Array(new JsonObject { ["key"] = "User-Agent", ["value"] = "Mozilla/5.0" }),
        };
    }

    /// <summary>The modified properties the activity carries; values are JSON text, as Microsoft writes them.</summary>
    private static JsonArray Modifications(DirectoryAuditFacts facts, (string Id, string Name, string Control) policy)
    {
        static JsonObject Property(string name, string? oldValue, string? newValue) =>
            new() { ["displayName"] = name, ["oldValue"] = oldValue, ["newValue"] = newValue };
        static string Quoted(string value) => System.Text.Json.JsonSerializer.Serialize(value);
        static string Keys(int count) => System.Text.Json.JsonSerializer.Serialize(
            Enumerable.Range(0, count).Select(k => $"[KeyIdentifier={Guid.Empty.ToString()[..^1]}{k}, KeyType=Password, KeyUsage=Verify, DisplayName=secret {k}]").ToArray());
        string PolicyJson(string? state) => new JsonObject
        {
            ["id"] = policy.Id, ["displayName"] = policy.Name, ["state"] = state,
            ["grantControls"] = new JsonObject { ["builtInControls"] = new JsonArray(policy.Control), ["operator"] = "OR" },
        }.ToJsonString();

        return facts.Kind.Activity switch
        {
            "Add member to role" or "Remove member from role" => new JsonArray(
                Property("Role.ObjectID", null, Quoted(facts.Role.Id)),
                Property("Role.DisplayName", null, Quoted(facts.Role.Name)),
                Property("Role.TemplateId", null, Quoted(facts.Role.Id)),
                Property("Role.WellKnownObjectName", null, Quoted(facts.Role.Name.Replace(" ", "", StringComparison.Ordinal)))),
            "Update application \u2013 Certificates and secrets management" => new JsonArray(
                Property("KeyDescription", Keys(facts.KeysBefore), Keys(facts.KeysAfter))),
            "Add service principal credentials" => new JsonArray(Property("KeyDescription", "[]", Keys(1))),
            "Update Conditional Access policy" => new JsonArray(
                Property("ConditionalAccessPolicy", PolicyJson(facts.OldPolicyState), PolicyJson(facts.NewPolicyState))),
            "Add Conditional Access policy" => new JsonArray(Property("ConditionalAccessPolicy", null, PolicyJson(facts.NewPolicyState))),
            "Delete Conditional Access policy" => new JsonArray(Property("ConditionalAccessPolicy", PolicyJson(facts.OldPolicyState), null)),
            _ => new JsonArray(),
        };
    }
}
