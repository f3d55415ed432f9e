using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

/// <summary>The key and columns every ingested table shares; each record kind adds its own columns and indexes.</summary>
internal abstract class IngestedRecordConfiguration<T> : IEntityTypeConfiguration<T>
    where T : IngestedRecord
{
    protected abstract string Table { get; }

    public void Configure(EntityTypeBuilder<T> builder)
    {
        builder.ToTable(Table);
        // Re-reading a page finds the same rows by the source's own id: no duplicates.
        builder.HasKey(r => new { r.IntegrationId, r.SourceId });
        builder.Property(r => r.IntegrationId).HasMaxLength(40);
        builder.Property(r => r.SourceId).HasMaxLength(IngestedRecord.SourceIdMaxLength);
        ConfigureColumns(builder);
    }

    protected abstract void ConfigureColumns(EntityTypeBuilder<T> builder);
}
