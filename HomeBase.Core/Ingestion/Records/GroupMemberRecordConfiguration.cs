using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class GroupMemberRecordConfiguration : IngestedRecordConfiguration<GroupMemberRecord>
{
    protected override string Table => "IngestedGroupMembers";

    protected override void ConfigureColumns(EntityTypeBuilder<GroupMemberRecord> builder)
    {
        builder.Property(m => m.GroupId).HasMaxLength(64);
        builder.Property(m => m.MemberId).HasMaxLength(64);
        builder.Property(m => m.MemberType).HasMaxLength(40);
        // "Who is in this group" and "which groups is this user in".
        builder.HasIndex(m => new { m.IntegrationId, m.GroupId });
        builder.HasIndex(m => new { m.IntegrationId, m.MemberId });
    }
}
