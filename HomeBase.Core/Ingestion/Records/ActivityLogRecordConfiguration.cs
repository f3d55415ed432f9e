using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class ActivityLogRecordConfiguration : IngestedRecordConfiguration<ActivityLogRecord>
{
    protected override string Table => "IngestedActivityLogs";

    protected override void ConfigureColumns(EntityTypeBuilder<ActivityLogRecord> builder)
    {
        builder.Property(a => a.SubscriptionId).HasMaxLength(64);
        builder.Property(a => a.Status).HasMaxLength(32);
        builder.Property(a => a.ResourceType).HasMaxLength(200);
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.OperationId).HasMaxLength(100);
        builder.Property(a => a.Category).HasMaxLength(64);
        builder.Property(a => a.EventName).HasMaxLength(64);
        builder.Property(a => a.SubStatus).HasMaxLength(64);
        builder.HasIndex(a => new { a.IntegrationId, a.EventTimestamp });
        builder.HasIndex(a => new { a.IntegrationId, a.SubscriptionId, a.EventTimestamp });
    }
}
