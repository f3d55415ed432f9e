using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class RiskyUserRecordConfiguration : IngestedRecordConfiguration<RiskyUserRecord>
{
    protected override string Table => "IngestedRiskyUsers";

    protected override void ConfigureColumns(EntityTypeBuilder<RiskyUserRecord> builder)
    {
        builder.Property(u => u.RiskLevel).HasMaxLength(20);
        builder.Property(u => u.RiskState).HasMaxLength(32);
        builder.HasIndex(u => new { u.IntegrationId, u.RiskState, u.RiskLevel });
    }
}
