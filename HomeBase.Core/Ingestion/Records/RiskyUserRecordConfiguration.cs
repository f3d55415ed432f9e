using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class RiskyUserRecordConfiguration : IngestedRecordConfiguration<RiskyUserRecord>
{
    protected override string Table => "IngestedRiskyUsers";

    protected override void ConfigureColumns(EntityTypeBuilder<RiskyUserRecord> builder)
    {
        builder.Property(u => u.RiskLevel).HasMaxLength(20);
        builder.Property(u => u.RiskState).HasMaxLength(32);
        builder.Property(u => u.UserPrincipalName).HasMaxLength(256);
        builder.HasIndex(u => new { u.IntegrationId, u.RiskState, u.RiskLevel });
        // A person's page finds their risk by name when the alert named them only by UPN.
        builder.HasIndex(u => new { u.IntegrationId, u.UserPrincipalName });
    }
}
