using HomeBase.Core.Dashboards;
using Microsoft.Extensions.Options;

namespace HomeBase.Web.Dashboards;

/// <summary>Starts the refresh loop of one open dashboard.</summary>
public sealed class LiveRefreshFactory(DataVersions versions, IOptions<DashboardOptions> options, TimeProvider time, ILogger<LiveRefresh> logger)
{
    public LiveRefresh Start(Func<IReadOnlyList<string>> integrationIds, Func<Task> reload) =>
        new(versions, options.Value.RefreshInterval, time, integrationIds, reload, logger);
}
