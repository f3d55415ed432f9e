namespace HomeBase.Core.Ingestion.Records;

/// <summary>
/// An active role assignment as Privileged Identity Management sees it (<c>unifiedRoleAssignmentScheduleInstance</c>,
/// Entra ID P2): <c>Assigned</c> or <c>Activated</c> from an eligibility, from <see cref="StartAt"/> until
/// <see cref="EndAt"/> (none: for good). <see cref="RoleAssignmentOriginId"/> is the id of the role assignment it is,
/// so each assignment can be told permanent, time-bound or activated.
/// </summary>
public sealed class RoleAssignmentScheduleRecord : RoleGrantRecord
{
    /// <summary><c>Assigned</c> or <c>Activated</c>.</summary>
    public string? AssignmentType { get; set; }

    /// <summary><c>Direct</c>, <c>Group</c> or <c>Inherited</c>.</summary>
    public string? MemberType { get; set; }

    public DateTime? StartAt { get; set; }

    public DateTime? EndAt { get; set; }

    /// <summary>The <c>unifiedRoleAssignment</c> id this instance is.</summary>
    public string? RoleAssignmentOriginId { get; set; }

    public const string Activated = "Activated";
}
