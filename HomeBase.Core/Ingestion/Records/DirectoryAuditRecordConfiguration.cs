using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class DirectoryAuditRecordConfiguration : IngestedRecordConfiguration<DirectoryAuditRecord>
{
    protected override string Table => "IngestedDirectoryAudits";

    protected override void ConfigureColumns(EntityTypeBuilder<DirectoryAuditRecord> builder)
    {
        builder.Property(a => a.Category).HasMaxLength(64);
        builder.Property(a => a.TargetId).HasMaxLength(100);
        builder.Property(a => a.Area).HasMaxLength(32);
        builder.Property(a => a.Signal).HasMaxLength(32);
        builder.Property(a => a.RoleName).HasMaxLength(256);
        builder.HasIndex(a => new { a.IntegrationId, a.ActivityAt });
        // The Overview counts the few high-signal changes of its window without reading the rest.
        builder.HasIndex(a => new { a.IntegrationId, a.Signal, a.ActivityAt });
    }
}
