using HomeBase.Core.Search;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class MachineRecordConfiguration : IngestedRecordConfiguration<MachineRecord>
{
    protected override string Table => "IngestedMachines";

    protected override void ConfigureColumns(EntityTypeBuilder<MachineRecord> builder)
    {
        builder.Property(m => m.ExposureLevel).HasMaxLength(20);
        builder.HasIndex(m => new { m.IntegrationId, m.ExposureLevel });
        // Search finds devices by the start of their name, and by the address they were last seen at.
        builder.Property(m => m.SearchName).HasMaxLength(SearchKeys.MaxLength);
        builder.Property(m => m.LastIpAddress).HasMaxLength(64);
        builder.HasIndex(m => new { m.IntegrationId, m.SearchName });
        builder.HasIndex(m => new { m.IntegrationId, m.LastIpAddress });
    }
}
