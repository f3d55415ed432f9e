using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class IdentityHealthIssueRecordConfiguration : IngestedRecordConfiguration<IdentityHealthIssueRecord>
{
    protected override string Table => "IngestedIdentityHealthIssues";

    protected override void ConfigureColumns(EntityTypeBuilder<IdentityHealthIssueRecord> builder)
    {
        builder.Property(h => h.DisplayName).HasMaxLength(400);
        builder.Property(h => h.Description).HasMaxLength(IdentityHealthIssueRecord.TextMaxLength);
        builder.Property(h => h.HealthIssueType).HasMaxLength(40);
        builder.Property(h => h.IssueTypeId).HasMaxLength(100);
        builder.Property(h => h.Severity).HasMaxLength(40);
        builder.Property(h => h.Status).HasMaxLength(40);
        builder.Property(h => h.DomainNames).HasMaxLength(2000);
        builder.Property(h => h.SensorDnsNames).HasMaxLength(2000);
        builder.Property(h => h.Recommendations).HasMaxLength(IdentityHealthIssueRecord.TextMaxLength);
        builder.Property(h => h.RecommendedActionCommands).HasMaxLength(IdentityHealthIssueRecord.TextMaxLength);
        builder.Property(h => h.AdditionalInformation).HasMaxLength(IdentityHealthIssueRecord.TextMaxLength);
        builder.HasIndex(h => new { h.IntegrationId, h.Status, h.Severity });
    }
}
