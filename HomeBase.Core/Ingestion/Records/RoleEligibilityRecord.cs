namespace HomeBase.Core.Ingestion.Records;

/// <summary>
/// A Privileged Identity Management eligibility (<c>unifiedRoleEligibilityScheduleInstance</c>, Entra ID P2): a role the
/// principal can activate on demand, from <see cref="StartAt"/> until <see cref="EndAt"/> (none: for good).
/// </summary>
public sealed class RoleEligibilityRecord : RoleGrantRecord
{
    public DateTime? StartAt { get; set; }

    public DateTime? EndAt { get; set; }

    /// <summary><c>Direct</c>, or <c>Group</c> when the principal is eligible through a group.</summary>
    public string? MemberType { get; set; }
}
