using HomeBase.Core.Integrations;

namespace HomeBase.Core.Dashboards;

/// <summary>An integration a dashboard can show: its id, name and which data it was told to ingest.</summary>
public sealed record DashboardIntegration(string Id, string Name, IntegrationConfig Config);
