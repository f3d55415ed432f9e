using HomeBase.Core.Platform.Persistence;
using HomeBase.Core.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Integrations;

/// <summary>
/// Applied by <see cref="HomeBaseDbContext"/> itself rather than by assembly scanning: its unique index
/// filter is provider-specific SQL.
/// </summary>
internal static class IntegrationConfiguration
{
    public static void Configure(EntityTypeBuilder<Integration> builder, Func<string, string> isNullFilter)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasMaxLength(40);
        builder.Property(i => i.TenantId).HasMaxLength(40);
        builder.Property(i => i.Type).HasMaxLength(20);
        builder.Property(i => i.Name).HasMaxLength(Integration.NameMaxLength);
        builder.Property(i => i.Cloud).HasMaxLength(40);
        builder.Property(i => i.AzureTenantId).HasMaxLength(36);
        builder.Property(i => i.ClientId).HasMaxLength(36);
        builder.Property(i => i.ClientSecretHint).HasMaxLength(3);
        builder.Property(i => i.ClientSecretExpirySource).HasMaxLength(10);
        builder.Property(i => i.Status).HasMaxLength(32);
        builder.Property(i => i.IngestionState).HasMaxLength(20);
        builder.OwnsOne(i => i.Config, config =>
        {
            config.Property(c => c.SubscriptionIds);
            config.Property(c => c.DefenderRegion).HasMaxLength(10);
        });
        builder.HasOne<Tenant>().WithMany().HasForeignKey(i => i.TenantId).OnDelete(DeleteBehavior.Restrict);

        // One live integration per app registration and tenant; a deleted one does not block reconnecting.
        builder.HasIndex(i => new { i.TenantId, i.AzureTenantId, i.ClientId })
            .IsUnique()
            .HasFilter(isNullFilter(nameof(Integration.DeletedAt)));
        builder.HasIndex(i => new { i.TenantId, i.Id });
    }
}
