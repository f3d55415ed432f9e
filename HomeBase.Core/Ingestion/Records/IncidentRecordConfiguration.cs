using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class IncidentRecordConfiguration : IngestedRecordConfiguration<IncidentRecord>
{
    protected override string Table => "IngestedIncidents";

    protected override void ConfigureColumns(EntityTypeBuilder<IncidentRecord> builder)
    {
        builder.Property(i => i.DisplayName).HasMaxLength(1000);
        builder.Property(i => i.Severity).HasMaxLength(40);
        builder.Property(i => i.Status).HasMaxLength(40);
        builder.Property(i => i.Classification).HasMaxLength(60);
        builder.Property(i => i.Determination).HasMaxLength(60);
        builder.Property(i => i.AssignedTo).HasMaxLength(256);
        builder.Property(i => i.IncidentWebUrl).HasMaxLength(1000);
        builder.Property(i => i.RedirectIncidentId).HasMaxLength(64);
        builder.Property(i => i.Description).HasMaxLength(4000);
        builder.Property(i => i.CustomTags).HasMaxLength(1000);
        builder.Property(i => i.SystemTags).HasMaxLength(1000);
        // The page counts incidents by status, severity and owner from this index alone, lists the open ones updated last
        // by reading the second backwards, and the Overview counts the period's new ones with the third.
        builder.HasIndex(i => new { i.IntegrationId, i.Status, i.Severity, i.AssignedTo });
        builder.HasIndex(i => new { i.IntegrationId, i.LastUpdateAt });
        builder.HasIndex(i => new { i.IntegrationId, i.CreatedAt });
    }
}
