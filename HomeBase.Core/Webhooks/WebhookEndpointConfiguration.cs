using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Webhooks;

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> endpoint)
    {
        endpoint.ToTable("WebhookEndpoints");
        endpoint.HasKey(e => e.Id);
        endpoint.Property(e => e.Id).HasMaxLength(40);
        endpoint.Property(e => e.TenantId).HasMaxLength(40);
        endpoint.Property(e => e.Url).HasMaxLength(2048);
        endpoint.Property(e => e.Events).HasMaxLength(1000);
        endpoint.Property(e => e.ProtectedSecret).HasMaxLength(2000);
        endpoint.Property(e => e.PreviousProtectedSecret).HasMaxLength(2000);
        endpoint.Property(e => e.DisabledReason).HasMaxLength(500);
        endpoint.Ignore(e => e.EventList);
        endpoint.Ignore(e => e.DisplayUrl);
        endpoint.HasIndex(e => e.TenantId);
        endpoint.HasOne<Tenants.Tenant>().WithMany().HasForeignKey(e => e.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}
