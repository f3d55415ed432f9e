using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class SignInActivityRecordConfiguration : IngestedRecordConfiguration<SignInActivityRecord>
{
    protected override string Table => "IngestedSignInActivity";

    protected override void ConfigureColumns(EntityTypeBuilder<SignInActivityRecord> builder)
    {
        builder.Property(r => r.DisplayName).HasMaxLength(256);
        builder.Property(r => r.UserPrincipalName).HasMaxLength(256);
        builder.Property(r => r.UserType).HasMaxLength(20);
        // The Directory page counts accounts with no sign-in since a day: one range of the index.
        builder.HasIndex(r => new { r.IntegrationId, r.LastActivityAt });
    }
}
