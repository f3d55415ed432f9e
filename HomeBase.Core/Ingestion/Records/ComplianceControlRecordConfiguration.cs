using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class ComplianceControlRecordConfiguration : IngestedRecordConfiguration<ComplianceControlRecord>
{
    protected override string Table => "IngestedComplianceControls";

    protected override void ConfigureColumns(EntityTypeBuilder<ComplianceControlRecord> builder)
    {
        builder.Property(c => c.SubscriptionId).HasMaxLength(64);
        builder.Property(c => c.StandardName).HasMaxLength(100);
        builder.Property(c => c.ControlName).HasMaxLength(100);
        builder.Property(c => c.State).HasMaxLength(20);
        builder.HasIndex(c => new { c.IntegrationId, c.StandardName, c.State });
    }
}
