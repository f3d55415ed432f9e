using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class SecureScoreControlRecordConfiguration : IngestedRecordConfiguration<SecureScoreControlRecord>
{
    protected override string Table => "IngestedSecureScoreControls";

    protected override void ConfigureColumns(EntityTypeBuilder<SecureScoreControlRecord> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(400);
        builder.Property(c => c.ControlCategory).HasMaxLength(100);
        builder.Property(c => c.Service).HasMaxLength(100);
        builder.Property(c => c.ActionType).HasMaxLength(40);
        builder.Property(c => c.ActionUrl).HasMaxLength(1000);
        builder.Property(c => c.Remediation).HasMaxLength(SecureScoreControlRecord.TextMaxLength);
        builder.Property(c => c.RemediationImpact).HasMaxLength(SecureScoreControlRecord.TextMaxLength);
        builder.Property(c => c.ImplementationCost).HasMaxLength(40);
        builder.Property(c => c.UserImpact).HasMaxLength(40);
        builder.Property(c => c.Tier).HasMaxLength(100);
        builder.Property(c => c.Threats).HasMaxLength(1000);
        builder.Property(c => c.State).HasMaxLength(40);
        builder.HasIndex(c => new { c.IntegrationId, c.Service });
    }
}
