using HomeBase.Core.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Access;

internal sealed class TenantMembershipConfiguration : IEntityTypeConfiguration<TenantMembership>
{
    public void Configure(EntityTypeBuilder<TenantMembership> builder)
    {
        builder.HasKey(m => new { m.UserId, m.TenantId });
        builder.Property(m => m.TenantId).HasMaxLength(40);
        builder.Property(m => m.Role).HasMaxLength(16);
        builder.HasIndex(m => m.TenantId);
        builder.HasOne<HomeBaseUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(m => m.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}
