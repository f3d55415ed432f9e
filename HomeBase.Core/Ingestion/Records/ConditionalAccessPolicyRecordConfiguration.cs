using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class ConditionalAccessPolicyRecordConfiguration : IngestedRecordConfiguration<ConditionalAccessPolicyRecord>
{
    protected override string Table => "IngestedConditionalAccessPolicies";

    protected override void ConfigureColumns(EntityTypeBuilder<ConditionalAccessPolicyRecord> builder) =>
        builder.Property(p => p.State).HasMaxLength(40);
}
