using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class UserRecordConfiguration : IngestedRecordConfiguration<UserRecord>
{
    protected override string Table => "IngestedUsers";

    protected override void ConfigureColumns(EntityTypeBuilder<UserRecord> builder)
    {
        builder.Property(u => u.UserPrincipalName).HasMaxLength(256);
        builder.Property(u => u.UserType).HasMaxLength(20);
        // Other streams name users by UPN; dashboards look them up.
        builder.HasIndex(u => new { u.IntegrationId, u.UserPrincipalName });
    }
}
