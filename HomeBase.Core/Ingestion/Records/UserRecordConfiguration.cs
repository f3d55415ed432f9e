using HomeBase.Core.Search;
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
        // Search finds people by the start of their name or principal name.
        builder.Property(u => u.SearchName).HasMaxLength(SearchKeys.MaxLength);
        builder.Property(u => u.SearchPrincipal).HasMaxLength(SearchKeys.MaxLength);
        builder.HasIndex(u => new { u.IntegrationId, u.SearchName });
        builder.HasIndex(u => new { u.IntegrationId, u.SearchPrincipal });
    }
}
