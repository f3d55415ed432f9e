using HomeBase.Core.Ingestion;

namespace HomeBase.Core.Dashboards;

/// <summary>Whether one stream of one integration feeds a dashboard panel, and if not, why and how to fix it.</summary>
public sealed record StreamCoverage(string IntegrationId, string IntegrationName, string Stream, string StreamName, string State, bool HasSynced, string? Reason)
{
    /// <summary>Blocked or turned off: the panel gets nothing from it until an admin acts.</summary>
    public bool Missing => State is StreamStates.Blocked or StreamStates.Disabled;
}
