using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class DirectoryAuditRecordConfiguration : IngestedRecordConfiguration<DirectoryAuditRecord>
{
    protected override string Table => "IngestedDirectoryAudits";

    protected override void ConfigureColumns(EntityTypeBuilder<DirectoryAuditRecord> builder)
    {
        builder.Property(a => a.Category).HasMaxLength(64);
        builder.HasIndex(a => new { a.IntegrationId, a.ActivityAt });
    }
}
