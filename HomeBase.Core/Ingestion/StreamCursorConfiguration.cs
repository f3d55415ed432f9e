using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion;

internal sealed class StreamCursorConfiguration : IEntityTypeConfiguration<StreamCursor>
{
    public void Configure(EntityTypeBuilder<StreamCursor> builder)
    {
        builder.HasKey(c => new { c.IntegrationId, c.Stream });
        builder.Property(c => c.IntegrationId).HasMaxLength(40);
        builder.Property(c => c.Stream).HasMaxLength(40);
    }
}
