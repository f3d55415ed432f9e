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

internal sealed class StreamHealthConfiguration : IEntityTypeConfiguration<StreamHealth>
{
    public void Configure(EntityTypeBuilder<StreamHealth> builder)
    {
        builder.HasKey(h => new { h.IntegrationId, h.Stream });
        builder.Property(h => h.IntegrationId).HasMaxLength(40);
        builder.Property(h => h.Stream).HasMaxLength(40);
        builder.Property(h => h.State).HasMaxLength(20);
        builder.Property(h => h.LastErrorCode).HasMaxLength(100);
        builder.Property(h => h.LastErrorRequestId).HasMaxLength(100);
        builder.Property(h => h.LeaseOwner).HasMaxLength(100);
    }
}

internal sealed class StreamRunConfiguration : IEntityTypeConfiguration<StreamRun>
{
    public void Configure(EntityTypeBuilder<StreamRun> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.IntegrationId).HasMaxLength(40);
        builder.Property(r => r.Stream).HasMaxLength(40);
        builder.Property(r => r.Outcome).HasMaxLength(20);
        builder.Property(r => r.RequestId).HasMaxLength(100);
        builder.HasIndex(r => new { r.IntegrationId, r.Stream, r.StartedAt });
    }
}
