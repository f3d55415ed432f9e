using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Ingestion;

/// <summary>How many records a stream holds now for an integration (deleted directory objects not counted).</summary>
public static class StreamRecordCounts
{
    public static async Task<long> CountAsync(HomeBaseDbContext db, string integrationId, string stream, CancellationToken cancellationToken = default) => stream switch
    {
        StreamCatalog.Users => await db.IngestedUsers.LongCountAsync(r => r.IntegrationId == integrationId && r.DeletedAt == null, cancellationToken),
        StreamCatalog.Groups => await db.IngestedGroups.LongCountAsync(r => r.IntegrationId == integrationId && r.DeletedAt == null, cancellationToken),
        StreamCatalog.RoleAssignments => await db.IngestedRoleAssignments.LongCountAsync(r => r.IntegrationId == integrationId, cancellationToken),
        StreamCatalog.RoleEligibility => await db.IngestedRoleEligibilities.LongCountAsync(r => r.IntegrationId == integrationId, cancellationToken)
            + await db.IngestedRoleAssignmentSchedules.LongCountAsync(r => r.IntegrationId == integrationId, cancellationToken),
        StreamCatalog.MfaRegistration => await db.IngestedUserRegistrations.LongCountAsync(r => r.IntegrationId == integrationId, cancellationToken),
        StreamCatalog.SignInActivity => await db.IngestedSignInActivity.LongCountAsync(r => r.IntegrationId == integrationId, cancellationToken),
        StreamCatalog.SignIns => await db.IngestedSignIns.LongCountAsync(r => r.IntegrationId == integrationId, cancellationToken),
        StreamCatalog.ConditionalAccess => await db.IngestedConditionalAccessPolicies.LongCountAsync(r => r.IntegrationId == integrationId, cancellationToken),
        StreamCatalog.DirectoryAudits => await db.IngestedDirectoryAudits.LongCountAsync(r => r.IntegrationId == integrationId, cancellationToken),
        StreamCatalog.RiskyUsers => await db.IngestedRiskyUsers.LongCountAsync(r => r.IntegrationId == integrationId, cancellationToken),
        StreamCatalog.RiskDetections => await db.IngestedRiskDetections.LongCountAsync(r => r.IntegrationId == integrationId, cancellationToken),
        StreamCatalog.Incidents => await db.IngestedIncidents.LongCountAsync(r => r.IntegrationId == integrationId, cancellationToken),
        StreamCatalog.MicrosoftSecureScore => await db.IngestedMicrosoftSecureScores.LongCountAsync(r => r.IntegrationId == integrationId, cancellationToken)
            + await db.IngestedSecureScoreControls.LongCountAsync(r => r.IntegrationId == integrationId, cancellationToken),
        StreamCatalog.Alerts => await db.IngestedAlerts.LongCountAsync(r => r.IntegrationId == integrationId, cancellationToken),
        StreamCatalog.Machines => await db.IngestedMachines.LongCountAsync(r => r.IntegrationId == integrationId, cancellationToken),
        StreamCatalog.Vulnerabilities => await db.IngestedVulnerabilities.LongCountAsync(r => r.IntegrationId == integrationId, cancellationToken),
        StreamCatalog.ActivityLogs => await db.IngestedActivityLogs.LongCountAsync(r => r.IntegrationId == integrationId, cancellationToken),
        StreamCatalog.Recommendations => await db.IngestedRecommendations.LongCountAsync(r => r.IntegrationId == integrationId, cancellationToken),
        StreamCatalog.Compliance => await db.IngestedComplianceStandards.LongCountAsync(r => r.IntegrationId == integrationId, cancellationToken)
            + await db.IngestedComplianceControls.LongCountAsync(r => r.IntegrationId == integrationId, cancellationToken),
        StreamCatalog.IdentitySensors => await db.IngestedIdentitySensors.LongCountAsync(r => r.IntegrationId == integrationId, cancellationToken),
        StreamCatalog.IdentityHealthIssues => await db.IngestedIdentityHealthIssues.LongCountAsync(r => r.IntegrationId == integrationId, cancellationToken),
        StreamCatalog.ThreatIntelligence => await db.IngestedHostReputations.LongCountAsync(r => r.IntegrationId == integrationId, cancellationToken),
        StreamCatalog.SecurityRecommendations => await db.IngestedSecurityRecommendations.LongCountAsync(r => r.IntegrationId == integrationId, cancellationToken),
        StreamCatalog.DefenderScores => await db.IngestedDefenderScores.LongCountAsync(r => r.IntegrationId == integrationId, cancellationToken),
        StreamCatalog.SecureScore => await db.IngestedSecureScores.LongCountAsync(r => r.IntegrationId == integrationId, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(stream), stream, "Unknown stream."),
    };
}
