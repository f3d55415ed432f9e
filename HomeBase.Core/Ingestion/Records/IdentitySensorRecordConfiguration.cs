using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class IdentitySensorRecordConfiguration : IngestedRecordConfiguration<IdentitySensorRecord>
{
    protected override string Table => "IngestedIdentitySensors";

    protected override void ConfigureColumns(EntityTypeBuilder<IdentitySensorRecord> builder)
    {
        builder.Property(s => s.DisplayName).HasMaxLength(256);
        builder.Property(s => s.DomainName).HasMaxLength(256);
        builder.Property(s => s.SensorType).HasMaxLength(60);
        builder.Property(s => s.Version).HasMaxLength(60);
        builder.Property(s => s.DeploymentStatus).HasMaxLength(40);
        builder.Property(s => s.HealthStatus).HasMaxLength(40);
        builder.Property(s => s.ServiceStatus).HasMaxLength(40);
        builder.Property(s => s.DomainControllerDnsNames).HasMaxLength(2000);
        builder.Ignore(s => s.HasProblem);
    }
}
