namespace HomeBase.Core.Ingestion.Records;

/// <summary>A device Defender for Endpoint knows, with its exposure and health.</summary>
public sealed class MachineRecord : IngestedRecord, ISnapshotRecord
{
    public DateTime? LastSyncedAt { get; set; }

    public string? ComputerDnsName { get; set; }

    public string? OsPlatform { get; set; }

    public string? HealthStatus { get; set; }

    public string? RiskScore { get; set; }

    public string? ExposureLevel { get; set; }

    public string? LastIpAddress { get; set; }

    public string? AadDeviceId { get; set; }

    public DateTime? FirstSeen { get; set; }

    public DateTime? LastSeen { get; set; }

    public override DateTime? EventTime => LastSeen;
}
