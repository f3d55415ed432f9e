using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class RoleEligibilityRecordConfiguration : RoleGrantRecordConfiguration<RoleEligibilityRecord>
{
    protected override string Table => "IngestedRoleEligibilities";

    protected override void ConfigureMore(EntityTypeBuilder<RoleEligibilityRecord> builder) => builder.Property(r => r.MemberType).HasMaxLength(20);
}
