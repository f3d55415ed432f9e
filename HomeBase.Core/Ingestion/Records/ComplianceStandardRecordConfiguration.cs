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
