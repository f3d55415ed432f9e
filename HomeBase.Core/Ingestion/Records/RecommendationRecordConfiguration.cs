using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class RecommendationRecordConfiguration : IngestedRecordConfiguration<RecommendationRecord>
{
    protected override string Table => "IngestedRecommendations";

    protected override void ConfigureColumns(EntityTypeBuilder<RecommendationRecord> builder)
    {
        builder.Property(r => r.SubscriptionId).HasMaxLength(64);
        builder.Property(r => r.StatusCode).HasMaxLength(20);
        builder.Property(r => r.Severity).HasMaxLength(20);
        builder.Property(r => r.ResourceType).HasMaxLength(200);
        builder.HasIndex(r => new { r.IntegrationId, r.StatusCode, r.Severity });
    }
}
