using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Dashboards.Rollups;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Core.Dashboards;

public static class DashboardsServiceCollectionExtensions
{
    /// <summary>The dashboards' queries, the records behind their numbers, and the hourly rollups that keep them fast.</summary>
    public static IServiceCollection AddDashboardsServices(this IServiceCollection services)
    {
        services.AddSingleton<OverviewService>();
        services.AddSingleton<DashboardScopes>();
        services.AddSingleton<DataCoverage>();
        services.AddSingleton<DataVersions>();
        services.AddSingleton<IdentityRiskService>();
        services.AddSingleton<AlertsService>();
        services.AddSingleton<DevicesService>();
        services.AddSingleton<PrivilegedAccessService>();
        services.AddSingleton<DirectoryChangesService>();
        services.AddSingleton<DirectoryService>();
        services.AddSingleton<ConditionalAccessService>();
        services.AddSingleton<ComplianceService>();
        services.AddSingleton<MicrosoftSecureScoreService>();
        services.AddSingleton<IncidentsService>();
        services.AddSingleton<IdentityAttacksService>();
        services.AddSingleton<IndicatorsService>();
        services.AddSingleton<AttackSurfaceService>();
        services.AddSingleton<ActivityService>();
        services.AddSingleton<UserProfileService>();
        services.AddSingleton<RecordQueries>();

        // Each metric is registered once as itself (the dashboard services read their counts) and once as a RollupMetric (the refresher recounts all).
        services.AddSingleton<SignInRollup>();
        services.AddSingleton<AlertRollup>();
        services.AddSingleton<ActivityRollup>();
        services.AddSingleton<RiskDetectionRollup>();
        services.AddSingleton<RollupMetric>(sp => sp.GetRequiredService<SignInRollup>());
        services.AddSingleton<RollupMetric>(sp => sp.GetRequiredService<AlertRollup>());
        services.AddSingleton<RollupMetric>(sp => sp.GetRequiredService<ActivityRollup>());
        services.AddSingleton<RollupMetric, VulnerabilityRollup>();
        services.AddSingleton<RollupMetric>(sp => sp.GetRequiredService<RiskDetectionRollup>());
        services.AddSingleton<RollupRefresher>();
        return services;
    }
}
