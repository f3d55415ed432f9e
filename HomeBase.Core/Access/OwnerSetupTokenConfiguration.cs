using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Access;

internal sealed class OwnerSetupTokenConfiguration : IEntityTypeConfiguration<OwnerSetupToken>
{
    public void Configure(EntityTypeBuilder<OwnerSetupToken> builder)
    {
        builder.ToTable("OwnerSetupTokens");
        builder.HasKey(t => t.Hash);
        builder.Property(t => t.Hash).HasMaxLength(64);
    }
}
