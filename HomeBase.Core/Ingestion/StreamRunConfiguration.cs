using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion;

internal sealed class StreamRunConfiguration : IEntityTypeConfiguration<StreamRun>
{
    public void Configure(EntityTypeBuilder<StreamRun> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.IntegrationId).HasMaxLength(40);
        builder.Property(r => r.Stream).HasMaxLength(40);
        builder.Property(r => r.Outcome).HasMaxLength(20);
        builder.Property(r => r.RequestId).HasMaxLength(StreamReadException.CodeMaxLength);
        builder.Property(r => r.RunBy).HasMaxLength(200);
        builder.HasIndex(r => new { r.IntegrationId, r.Stream, r.StartedAt });
    }
}
