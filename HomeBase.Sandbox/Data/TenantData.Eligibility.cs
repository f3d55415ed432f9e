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

    /// <summary>The assignment user 16 holds while their eligibility for Privileged Role Administrator is activated.</summary>
    private static RoleAssignment ActivatedAssignment => new(BuiltInRoles[1].Id, "user", 16, "/");

    /// <summary>
    /// Every active assignment as PIM lists it (Entra ID P2): permanent ones with no start or end (as in Microsoft's example),
    /// the Global Reader's time-bound until two months from the start, and the activation for eight hours around now.
    /// </summary>
    internal IReadOnlyList<(RoleAssignment Grant, string Type, DateTimeOffset? Start, DateTimeOffset? End)> RoleAssignmentSchedules(DateTimeOffset now) =>
    [
        .. RoleAssignments(now).Select(a => a == ActivatedAssignment ? (a, "Activated", (DateTimeOffset?)now.AddHours(-1), (DateTimeOffset?)now.AddHours(7))
            : a.RoleDefinitionId == BuiltInRoles[8].Id ? (a, "Assigned", Origin, Start.AddDays(60))
            : (a, "Assigned", null, null)),
    ];

    /// <summary>An active assignment's instance as Graph returns it: its id and origin are the role assignment's own.</summary>
    internal JsonObject RoleAssignmentScheduleJson((RoleAssignment Grant, string Type, DateTimeOffset? Start, DateTimeOffset? End) schedule, bool expandPrincipal, DateTimeOffset now)
    {
        var json = RoleAssignmentJson(schedule.Grant, expandPrincipal, now);
        var id = json["id"]!.GetValue<string>();
        json["appScopeId"] = null;
        json["startDateTime"] = schedule.Start is { } start ? Iso(start) : null;
        json["endDateTime"] = schedule.End is { } end ? Iso(end) : null;
        json["assignmentType"] = schedule.Type;
        json["memberType"] = "Direct";
        json["roleAssignmentOriginId"] = id;
        json["roleAssignmentScheduleId"] = schedule.Type == "Activated" ? G("assignment:schedule", schedule.Grant.PrincipalIndex).ToString() : id;
        return json;
    }
}
