using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Integrations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.HasKey(r => new { r.TenantId, r.Key });
        builder.Property(r => r.TenantId).HasMaxLength(40);
        builder.Property(r => r.Key).HasMaxLength(IdempotencyKeys.MaxLength);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.Property(r => r.IntegrationId).HasMaxLength(40);
    }
}
