using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class GroupRecordConfiguration : IngestedRecordConfiguration<GroupRecord>
{
    protected override string Table => "IngestedGroups";

    protected override void ConfigureColumns(EntityTypeBuilder<GroupRecord> builder) =>
        builder.Property(g => g.GroupTypes).HasMaxLength(100);
}
