namespace HomeBase.Core.Dashboards;

/// <summary>An incident in a list: its stored alerts, and the people and devices they name, counted from those alerts.</summary>
public sealed record IncidentSummary(
    string Id, string Name, string? Severity, string? Status, string? AssignedTo, DateTime LastUpdateAt, long Alerts, int People, int Devices,
    string Href, string IntegrationName);
