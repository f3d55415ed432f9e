using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Webhooks;

internal sealed class CredentialNoticeConfiguration : IEntityTypeConfiguration<CredentialNotice>
{
    public void Configure(EntityTypeBuilder<CredentialNotice> notice)
    {
        notice.ToTable("CredentialNotices");
        notice.HasKey(n => new { n.IntegrationId, n.ExpiresAt, n.Threshold });
        notice.Property(n => n.IntegrationId).HasMaxLength(40);
    }
}
