using HomeBase.Core.Search;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class AlertRecordConfiguration : IngestedRecordConfiguration<AlertRecord>
{
    protected override string Table => "IngestedAlerts";

    protected override void ConfigureColumns(EntityTypeBuilder<AlertRecord> builder)
    {
        builder.Property(a => a.Severity).HasMaxLength(20);
        builder.Property(a => a.Status).HasMaxLength(20);
        builder.Property(a => a.ServiceSource).HasMaxLength(64);
        builder.HasIndex(a => new { a.IntegrationId, a.CreatedAt });
        // Open alerts by severity and by product.
        // Ordered by time within a severity, with the status in the index: "open high" pages and counts read only the index.
        builder.HasIndex(a => new { a.IntegrationId, a.Severity, a.CreatedAt, a.Status });
        builder.HasIndex(a => new { a.IntegrationId, a.ServiceSource });
        // Search finds alerts by the start of their title, and an incident's alerts by its id.
        builder.Property(a => a.SearchTitle).HasMaxLength(SearchKeys.MaxLength);
        builder.Property(a => a.IncidentId).HasMaxLength(64);
        builder.HasIndex(a => new { a.IntegrationId, a.SearchTitle });
        builder.HasIndex(a => new { a.IntegrationId, a.IncidentId });
    }
}
