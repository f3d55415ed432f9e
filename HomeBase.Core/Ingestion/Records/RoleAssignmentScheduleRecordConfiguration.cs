using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class RoleAssignmentScheduleRecordConfiguration : RoleGrantRecordConfiguration<RoleAssignmentScheduleRecord>
{
    protected override string Table => "IngestedRoleAssignmentSchedules";

    protected override void ConfigureMore(EntityTypeBuilder<RoleAssignmentScheduleRecord> builder)
    {
        builder.Property(r => r.AssignmentType).HasMaxLength(20);
        builder.Property(r => r.MemberType).HasMaxLength(20);
        builder.Property(r => r.RoleAssignmentOriginId).HasMaxLength(400);
        // Each role assignment looks up its own instance.
        builder.HasIndex(r => new { r.IntegrationId, r.RoleAssignmentOriginId });
    }
}
