using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Webhooks;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> delivery)
    {
        delivery.ToTable("WebhookDeliveries");
        delivery.HasKey(d => d.Id);
        delivery.Property(d => d.Id).HasMaxLength(40);
        delivery.Property(d => d.EventId).HasMaxLength(40);
        delivery.Property(d => d.EndpointId).HasMaxLength(40);
        delivery.Property(d => d.TenantId).HasMaxLength(40);
        delivery.Property(d => d.Status).HasMaxLength(16);
        delivery.Property(d => d.LastError).HasMaxLength(WebhookDelivery.LastErrorMaxLength);
        delivery.Property(d => d.ClaimedBy).HasMaxLength(200);
        // The dispatcher's query: what is due now.
        delivery.HasIndex(d => new { d.Status, d.NextAttemptAt });
        delivery.HasIndex(d => d.EndpointId);
        delivery.HasOne<WebhookEvent>().WithMany().HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Cascade);
        delivery.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);
    }
}
