using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Dashboards.Rollups;

internal sealed class RollupConfiguration : IEntityTypeConfiguration<Rollup>
{
    public void Configure(EntityTypeBuilder<Rollup> builder)
    {
        builder.ToTable("Rollups");
        // A dashboard reads one dimension of one metric over a range of hours: that is the key's order.
        builder.HasKey(r => new { r.IntegrationId, r.Metric, r.Dimension, r.Hour, r.Value });
        builder.Property(r => r.IntegrationId).HasMaxLength(40);
        builder.Property(r => r.Metric).HasMaxLength(40);
        builder.Property(r => r.Dimension).HasMaxLength(40);
        builder.Property(r => r.Value).HasMaxLength(Rollup.ValueMaxLength);
        builder.Property(r => r.Label).HasMaxLength(400);
        // Rebuilding an hour deletes all its dimensions.
        builder.HasIndex(r => new { r.IntegrationId, r.Metric, r.Hour });
    }
}
