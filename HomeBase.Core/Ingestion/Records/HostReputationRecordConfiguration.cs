using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class HostReputationRecordConfiguration : IngestedRecordConfiguration<HostReputationRecord>
{
    protected override string Table => "IngestedHostReputations";

    protected override void ConfigureColumns(EntityTypeBuilder<HostReputationRecord> builder)
    {
        builder.Property(r => r.Kind).HasMaxLength(20);
        builder.Property(r => r.Classification).HasMaxLength(40);
        builder.Property(r => r.Rules).HasMaxLength(HostReputationRecord.RulesMaxLength);
        // The page's malicious count and the records' classification filter.
        builder.HasIndex(r => new { r.IntegrationId, r.Classification });
        // The hosts due a check: the oldest checks first.
        builder.HasIndex(r => new { r.IntegrationId, r.CheckedAt });
    }
}
