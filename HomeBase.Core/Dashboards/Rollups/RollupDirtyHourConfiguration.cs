using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Dashboards.Rollups;

internal sealed class RollupDirtyHourConfiguration : IEntityTypeConfiguration<RollupDirtyHour>
{
    public void Configure(EntityTypeBuilder<RollupDirtyHour> builder)
    {
        builder.ToTable("RollupDirtyHours");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.IntegrationId).HasMaxLength(40);
        builder.Property(d => d.Metric).HasMaxLength(40);
        builder.HasIndex(d => new { d.IntegrationId, d.Metric });
    }
}
