namespace HomeBase.Web.Dashboards;

/// <summary>How often an open dashboard checks whether a sync brought new data.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboards";

    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(10);
}
