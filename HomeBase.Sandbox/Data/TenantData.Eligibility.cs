using System.Text.Json.Nodes;

namespace HomeBase.Sandbox.Data;

// Privileged Identity Management: roles principals can activate on demand. Some eligibilities are for good (no end),
// some end; one is for a user who also holds a role permanently, as happens while a tenant moves to PIM.
public sealed partial class TenantData
{
    internal IReadOnlyList<(RoleAssignment Grant, DateTimeOffset Start, DateTimeOffset? End)> RoleEligibilities(DateTimeOffset now)
    {
        var users = UserIndexes(now).ToHashSet();
        (RoleAssignment, DateTimeOffset, DateTimeOffset?)[] eligibilities =
        [
            (new(BuiltInRoles[0].Id, "user", 14, "/"), Origin.AddDays(-120), null),
            (new(BuiltInRoles[0].Id, "user", 15, "/"), Origin.AddDays(-60), Origin.AddDays(300)),
            (new(BuiltInRoles[0].Id, "user", 3, "/"), Origin.AddDays(-30), Origin.AddDays(150)),
            (new(BuiltInRoles[1].Id, "user", 16, "/"), Origin.AddDays(-10), Origin.AddDays(80)),
            (new(BuiltInRoles[3].Id, "group", 1, "/"), Origin.AddDays(-200), null),
            (new(BuiltInRoles[2].Id, "user", 17, "/"), Origin.AddDays(-5), Origin.AddDays(360)),
        ];
        // An eligibility of a deleted user is gone with the user.
        return [.. eligibilities.Where(e => e.Item1.PrincipalKind != "user" || users.Contains(e.Item1.PrincipalIndex))];
    }

    /// <summary>An eligibility instance as Graph returns it; with its principal when <c>$expand=principal</c> asked for it.</summary>
    internal JsonObject RoleEligibilityJson((RoleAssignment Grant, DateTimeOffset Start, DateTimeOffset? End) eligibility, bool expandPrincipal, DateTimeOffset now)
    {
        var json = RoleAssignmentJson(eligibility.Grant, expandPrincipal, now);
        // Instance ids end in "-1-e" in Microsoft's example; assignments' in "-1".
        json["id"] = json["id"]!.GetValue<string>() + "-e";
        json["appScopeId"] = null;
        json["startDateTime"] = Iso(eligibility.Start);
        json["endDateTime"] = eligibility.End is { } end ? Iso(end) : null;
        json["memberType"] = "Direct";
        json["roleEligibilityScheduleId"] = G("eligibility:schedule", eligibility.Grant.PrincipalIndex * 31 + System.Array.FindIndex(BuiltInRoles, r => r.Id == eligibility.Grant.RoleDefinitionId)).ToString();
        return json;
    }
}
