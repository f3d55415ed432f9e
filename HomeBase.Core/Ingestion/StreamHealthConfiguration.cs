using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion;

internal sealed class StreamHealthConfiguration : IEntityTypeConfiguration<StreamHealth>
{
    public void Configure(EntityTypeBuilder<StreamHealth> builder)
    {
        builder.HasKey(h => new { h.IntegrationId, h.Stream });
        builder.Property(h => h.IntegrationId).HasMaxLength(40);
        builder.Property(h => h.Stream).HasMaxLength(40);
        builder.Property(h => h.State).HasMaxLength(20);
        builder.Property(h => h.StateBeforeRun).HasMaxLength(20);
        builder.Property(h => h.LastErrorCode).HasMaxLength(StreamReadException.CodeMaxLength);
        builder.Property(h => h.LastErrorRequestId).HasMaxLength(StreamReadException.CodeMaxLength);
        // machine/pid/guid: a Kubernetes pod's name alone can be 63 characters.
        builder.Property(h => h.LeaseOwner).HasMaxLength(200);
    }
}
