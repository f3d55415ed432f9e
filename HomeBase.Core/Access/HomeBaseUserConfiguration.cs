using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Access;

internal sealed class HomeBaseUserConfiguration : IEntityTypeConfiguration<HomeBaseUser>
{
    public void Configure(EntityTypeBuilder<HomeBaseUser> builder) => builder.Property(u => u.DisplayName).HasMaxLength(200);
}
