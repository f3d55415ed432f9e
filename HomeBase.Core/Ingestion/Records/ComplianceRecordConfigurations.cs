using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class ComplianceStandardRecordConfiguration : IngestedRecordConfiguration<ComplianceStandardRecord>
{
    protected override string Table => "IngestedComplianceStandards";

    protected override void ConfigureColumns(EntityTypeBuilder<ComplianceStandardRecord> builder)
    {
        builder.Property(s => s.SubscriptionId).HasMaxLength(64);
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.State).HasMaxLength(20);
    }
}

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
