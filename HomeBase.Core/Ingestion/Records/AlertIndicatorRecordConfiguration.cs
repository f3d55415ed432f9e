using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class AlertIndicatorRecordConfiguration : IngestedRecordConfiguration<AlertIndicatorRecord>
{
    protected override string Table => "IngestedAlertIndicators";

    protected override void ConfigureColumns(EntityTypeBuilder<AlertIndicatorRecord> builder)
    {
        builder.Property(i => i.AlertId).HasMaxLength(IngestedRecord.SourceIdMaxLength);
        builder.Property(i => i.Kind).HasMaxLength(20);
        builder.Property(i => i.Value).HasMaxLength(AlertIndicatorRecord.ValueMaxLength);
        builder.Property(i => i.Verdict).HasMaxLength(40);
        // The period's latest sightings (the page's ranking, the records) are the first's range; one indicator's the second's.
        builder.HasIndex(i => new { i.IntegrationId, i.CreatedAt, i.Kind });
        builder.HasIndex(i => new { i.IntegrationId, i.Kind, i.Value, i.CreatedAt });
    }
}
