using HomeBase.Core.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Access;

internal sealed class TenantInvitationConfiguration : IEntityTypeConfiguration<TenantInvitation>
{
    public void Configure(EntityTypeBuilder<TenantInvitation> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasMaxLength(40);
        builder.Property(i => i.TenantId).HasMaxLength(40);
        builder.Property(i => i.UserId).HasMaxLength(450);
        builder.Property(i => i.InvitedByUserId).HasMaxLength(450);
        builder.Property(i => i.Role).HasMaxLength(16);
        // One open invitation per person and tenant: inviting again answers "already invited".
        builder.HasIndex(i => new { i.TenantId, i.UserId }).IsUnique();
        builder.HasIndex(i => i.UserId);
        builder.HasOne<HomeBaseUser>().WithMany().HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(i => i.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
