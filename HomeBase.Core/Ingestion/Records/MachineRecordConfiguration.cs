using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class MachineRecordConfiguration : IngestedRecordConfiguration<MachineRecord>
{
    protected override string Table => "IngestedMachines";

    protected override void ConfigureColumns(EntityTypeBuilder<MachineRecord> builder)
    {
        builder.Property(m => m.ExposureLevel).HasMaxLength(20);
        builder.HasIndex(m => new { m.IntegrationId, m.ExposureLevel });
    }
}
