using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class MicrosoftSecureScoreRecordConfiguration : IngestedRecordConfiguration<MicrosoftSecureScoreRecord>
{
    protected override string Table => "IngestedMicrosoftSecureScores";

    protected override void ConfigureColumns(EntityTypeBuilder<MicrosoftSecureScoreRecord> builder)
    {
        builder.Property(s => s.EnabledServices).HasMaxLength(1000);
        // The page reads the latest day and the days of its range.
        builder.HasIndex(s => new { s.IntegrationId, s.CreatedAt });
    }
}
