using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class DefenderScoreRecordConfiguration : IngestedRecordConfiguration<DefenderScoreRecord>
{
    protected override string Table => "IngestedDefenderScores";

    protected override void ConfigureColumns(EntityTypeBuilder<DefenderScoreRecord> builder)
    {
        builder.Property(s => s.Kind).HasMaxLength(40);
        builder.Property(s => s.MachineGroup).HasMaxLength(256);
        builder.Property(s => s.MachineGroupId).HasMaxLength(100);
        // The page's latest reading and trend: one kind's days in order.
        builder.HasIndex(s => new { s.IntegrationId, s.Kind, s.Day });
    }
}
