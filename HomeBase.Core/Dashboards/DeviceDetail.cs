using HomeBase.Core.Ingestion.Records;

namespace HomeBase.Core.Dashboards;

/// <summary>A device with its vulnerabilities (worst first) and the alerts that name it.</summary>
public sealed record DeviceDetail(MachineRecord Machine, string IntegrationName, long VulnerabilityCount, IReadOnlyList<VulnerabilityRecord> Vulnerabilities,
    IReadOnlyList<AlertSummary> Alerts, string VulnerabilitiesHref, string AlertsHref);
