using HomeBase.Core.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Persistence.Configurations;

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
        endpoint.Property(e => e.DisabledReason).HasMaxLength(500);
        endpoint.Ignore(e => e.EventList);
        endpoint.HasIndex(e => e.TenantId);
        endpoint.HasOne<Tenants.Tenant>().WithMany().HasForeignKey(e => e.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WebhookEventConfiguration : IEntityTypeConfiguration<WebhookEvent>
{
    public void Configure(EntityTypeBuilder<WebhookEvent> webhookEvent)
    {
        webhookEvent.ToTable("WebhookEvents");
        webhookEvent.HasKey(e => e.Id);
        webhookEvent.Property(e => e.Id).HasMaxLength(40);
        webhookEvent.Property(e => e.TenantId).HasMaxLength(40);
        webhookEvent.Property(e => e.Type).HasMaxLength(80);
        webhookEvent.HasIndex(e => new { e.TenantId, e.CreatedAt });
    }
}

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
        delivery.Property(d => d.LastError).HasMaxLength(1000);
        // The dispatcher's query: what is due now.
        delivery.HasIndex(d => new { d.Status, d.NextAttemptAt });
        delivery.HasIndex(d => d.EndpointId);
        delivery.HasOne<WebhookEvent>().WithMany().HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Cascade);
        delivery.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CredentialNoticeConfiguration : IEntityTypeConfiguration<CredentialNotice>
{
    public void Configure(EntityTypeBuilder<CredentialNotice> notice)
    {
        notice.ToTable("CredentialNotices");
        notice.HasKey(n => new { n.IntegrationId, n.ExpiresAt, n.Threshold });
        notice.Property(n => n.IntegrationId).HasMaxLength(40);
    }
}
