using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class AlertUserRecordConfiguration : IngestedRecordConfiguration<AlertUserRecord>
{
    protected override string Table => "IngestedAlertUsers";

    protected override void ConfigureColumns(EntityTypeBuilder<AlertUserRecord> builder)
    {
        builder.Property(u => u.AlertId).HasMaxLength(IngestedRecord.SourceIdMaxLength);
        builder.Property(u => u.UserKey).HasMaxLength(256);
        builder.HasIndex(u => new { u.IntegrationId, u.UserKey, u.CreatedAt });
    }
}
