using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Core.Ingestion.Connectors;

internal static class ConnectorRegistration
{
    /// <summary>One connector per stream of the catalog.</summary>
    public static IServiceCollection AddConnectors(this IServiceCollection services)
    {
        services.AddSingleton<IStreamConnector, UsersConnector>();
        services.AddSingleton<IStreamConnector, GroupsConnector>();
        services.AddSingleton<IStreamConnector, RoleAssignmentsConnector>();
        services.AddSingleton<IStreamConnector, RoleEligibilityConnector>();
        services.AddSingleton<IStreamConnector, MicrosoftSecureScoreConnector>();
        services.AddSingleton<IStreamConnector, IdentitySensorsConnector>();
        services.AddSingleton<IStreamConnector, ThreatIntelligenceConnector>();
        services.AddSingleton<IStreamConnector, DefenderScoresConnector>();
        services.AddSingleton<IStreamConnector, SecurityRecommendationsConnector>();
        services.AddSingleton<IStreamConnector, IdentityHealthIssuesConnector>();
        services.AddSingleton<IStreamConnector, IncidentsConnector>();
        services.AddSingleton<IStreamConnector, SignInActivityConnector>();
        services.AddSingleton<IStreamConnector, UserRegistrationsConnector>();
        services.AddSingleton<IStreamConnector, SignInsConnector>();
        services.AddSingleton<IStreamConnector, ConditionalAccessConnector>();
        services.AddSingleton<IStreamConnector, DirectoryAuditsConnector>();
        services.AddSingleton<IStreamConnector, RiskyUsersConnector>();
        services.AddSingleton<IStreamConnector, RiskDetectionsConnector>();
        services.AddSingleton<IStreamConnector, AlertsConnector>();
        services.AddSingleton<IStreamConnector, MachinesConnector>();
        services.AddSingleton<IStreamConnector, VulnerabilitiesConnector>();
        services.AddSingleton<IStreamConnector, ActivityLogsConnector>();
        services.AddSingleton<IStreamConnector, RecommendationsConnector>();
        services.AddSingleton<IStreamConnector, ComplianceConnector>();
        services.AddSingleton<IStreamConnector, SecureScoreConnector>();
        return services;
    }
}
