using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Auditing;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasMaxLength(40);
        builder.Property(a => a.TenantId).HasMaxLength(40);
        builder.Property(a => a.ActorType).HasMaxLength(20);
        builder.Property(a => a.ActorId).HasMaxLength(100);
        builder.Property(a => a.ActorName).HasMaxLength(200);
        builder.Property(a => a.IpAddress).HasMaxLength(64);
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.TargetType).HasMaxLength(32);
        builder.Property(a => a.TargetId).HasMaxLength(64);
        // The audit page lists a tenant's entries newest first.
        builder.HasIndex(a => new { a.TenantId, a.OccurredAt });
    }
}
