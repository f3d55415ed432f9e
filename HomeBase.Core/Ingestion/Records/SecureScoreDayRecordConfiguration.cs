using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class SecureScoreDayRecordConfiguration : IngestedRecordConfiguration<SecureScoreDayRecord>
{
    protected override string Table => "IngestedSecureScoreHistory";

    protected override void ConfigureColumns(EntityTypeBuilder<SecureScoreDayRecord> builder)
    {
        builder.Property(s => s.SubscriptionId).HasMaxLength(64);
        builder.HasIndex(s => new { s.IntegrationId, s.Day });
    }
}
