using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Webhooks;

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
