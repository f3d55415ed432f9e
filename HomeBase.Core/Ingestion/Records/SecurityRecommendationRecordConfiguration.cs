using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class SecurityRecommendationRecordConfiguration : IngestedRecordConfiguration<SecurityRecommendationRecord>
{
    protected override string Table => "IngestedSecurityRecommendations";

    protected override void ConfigureColumns(EntityTypeBuilder<SecurityRecommendationRecord> builder)
    {
        builder.Property(r => r.RecommendationName).HasMaxLength(1000);
        builder.Property(r => r.ProductName).HasMaxLength(256);
        builder.Property(r => r.Vendor).HasMaxLength(256);
        builder.Property(r => r.RecommendedVersion).HasMaxLength(100);
        builder.Property(r => r.Category).HasMaxLength(40);
        builder.Property(r => r.SubCategory).HasMaxLength(256);
        builder.Property(r => r.RemediationType).HasMaxLength(40);
        builder.Property(r => r.Status).HasMaxLength(40);
        builder.Property(r => r.RelatedComponent).HasMaxLength(256);
        builder.Property(r => r.AssociatedThreats).HasMaxLength(2000);
        // The page's top recommendations: the active ones by exposure impact.
        builder.HasIndex(r => new { r.IntegrationId, r.Status, r.ExposureImpact });
    }
}
