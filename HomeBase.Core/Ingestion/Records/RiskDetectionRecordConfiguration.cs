using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class RiskDetectionRecordConfiguration : IngestedRecordConfiguration<RiskDetectionRecord>
{
    protected override string Table => "IngestedRiskDetections";

    protected override void ConfigureColumns(EntityTypeBuilder<RiskDetectionRecord> builder)
    {
        builder.Property(d => d.RiskLevel).HasMaxLength(20);
        builder.Property(d => d.UserId).HasMaxLength(64);
        builder.HasIndex(d => new { d.IntegrationId, d.DetectedAt });
        builder.HasIndex(d => new { d.IntegrationId, d.UserId, d.DetectedAt });
    }
}
