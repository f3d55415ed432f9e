using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Access;

internal sealed class OwnerClaimConfiguration : IEntityTypeConfiguration<OwnerClaim>
{
    public void Configure(EntityTypeBuilder<OwnerClaim> builder)
    {
        builder.ToTable("OwnerClaims");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.UserId).HasMaxLength(450);
    }
}
