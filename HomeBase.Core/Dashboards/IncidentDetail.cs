using HomeBase.Core.Ingestion.Records;

namespace HomeBase.Core.Dashboards;

/// <summary>
/// One incident with its alerts (the stored alerts with its id) and the people and devices those alerts name.
/// <see cref="Incident"/> is null when HomeBase holds alerts of the incident but not the incident itself (the incidents
/// stream is off or lacks its permission); <see cref="PortalUrl"/> is Microsoft's link when it is an https URL.
/// </summary>
public sealed record IncidentDetail(
    string IncidentId, IncidentRecord? Incident, string IntegrationName, string? PortalUrl, IReadOnlyList<AlertRecord> Alerts,
    IReadOnlyList<(string Name, string Href)> People, IReadOnlyList<(string Name, string Href)> Devices, string AlertsHref);
