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
        // The page groups a period's sightings by kind and value from the first; an indicator's alerts are the second's range.
        builder.HasIndex(i => new { i.IntegrationId, i.CreatedAt, i.Kind });
        builder.HasIndex(i => new { i.IntegrationId, i.Kind, i.Value, i.CreatedAt });
    }
}
