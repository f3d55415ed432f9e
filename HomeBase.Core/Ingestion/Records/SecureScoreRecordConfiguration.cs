using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class SecureScoreRecordConfiguration : IngestedRecordConfiguration<SecureScoreRecord>
{
    protected override string Table => "IngestedSecureScores";

    protected override void ConfigureColumns(EntityTypeBuilder<SecureScoreRecord> builder) =>
        builder.Property(s => s.SubscriptionId).HasMaxLength(64);
}
