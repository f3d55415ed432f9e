using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class UserRegistrationRecordConfiguration : IngestedRecordConfiguration<UserRegistrationRecord>
{
    protected override string Table => "IngestedUserRegistrations";

    protected override void ConfigureColumns(EntityTypeBuilder<UserRegistrationRecord> builder)
    {
        builder.Property(r => r.UserPrincipalName).HasMaxLength(256);
        builder.Property(r => r.UserDisplayName).HasMaxLength(256);
        builder.Property(r => r.UserType).HasMaxLength(20);
        builder.Property(r => r.MethodsRegistered).HasMaxLength(1000);
        builder.Property(r => r.MfaMethodInUse).HasMaxLength(40);
        // The identity dashboard counts users and admins without MFA: one range of the index each.
        builder.HasIndex(r => new { r.IntegrationId, r.IsMfaRegistered, r.IsAdmin });
    }
}
