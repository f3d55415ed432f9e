using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Integrations.Connect;

internal sealed class ConnectWizardDraftConfiguration : IEntityTypeConfiguration<ConnectWizardDraft>
{
    public void Configure(EntityTypeBuilder<ConnectWizardDraft> draft)
    {
        draft.ToTable("SetupDrafts");
        draft.HasKey(d => d.Id);
        draft.Property(d => d.Id).HasMaxLength(40);
        draft.Property(d => d.TenantId).HasMaxLength(40);
        draft.Property(d => d.UserId).HasMaxLength(450);
        draft.Property(d => d.AnswersJson).HasMaxLength(8000);
        draft.Property(d => d.ProtectedClientSecret).HasMaxLength(2000);
        // One draft per person per tenant: returning to the wizard resumes it.
        draft.HasIndex(d => new { d.TenantId, d.UserId }).IsUnique();
        draft.HasIndex(d => d.ExpiresAt);
        draft.HasOne<HomeBase.Core.Tenants.Tenant>().WithMany().HasForeignKey(d => d.TenantId).OnDelete(DeleteBehavior.Cascade);
        draft.HasOne<HomeBase.Core.Access.HomeBaseUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
