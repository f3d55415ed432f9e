using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class SignInRecordConfiguration : IngestedRecordConfiguration<SignInRecord>
{
    protected override string Table => "IngestedSignIns";

    protected override void ConfigureColumns(EntityTypeBuilder<SignInRecord> builder)
    {
        builder.Property(s => s.UserId).HasMaxLength(64);
        builder.Property(s => s.UserPrincipalName).HasMaxLength(256);
        builder.Property(s => s.CountryOrRegion).HasMaxLength(8);
        builder.Property(s => s.ConditionalAccessStatus).HasMaxLength(20);
        builder.Property(s => s.RiskLevelDuringSignIn).HasMaxLength(20);
        // Dashboards read a time window, and a user's recent sign-ins.
        // Covering the records table's usual filters (result, Conditional Access), so its count reads only the index.
        builder.HasIndex(s => new { s.IntegrationId, s.CreatedAt, s.ErrorCode, s.ConditionalAccessStatus });
        builder.HasIndex(s => new { s.IntegrationId, s.UserId, s.CreatedAt });
    }
}
